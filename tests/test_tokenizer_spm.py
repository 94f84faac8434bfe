"""SentencePiece (llama.cpp's `llama` tokenizer model) on a hand-made vocabulary.

Expected ids are worked out by hand from llama.cpp's rule: merge the adjacent pair whose
concatenation is the best-scoring token (leftmost on ties) until none is; leftovers become
`<0xNN>` byte tokens.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from local_engine.api import ModelLoadError
from local_engine.tokenizer import Detokenizer, load_tokenizer
from local_engine.tokenizer.spm import SPMTokenizer

SPECIAL = [("<unk>", 2, 0.0), ("<s>", 3, 0.0), ("</s>", 3, 0.0), ("<end_of_turn>", 3, 0.0), ("\n\n", 4, 0.0)]
BYTES = [(f"<0x{b:02X}>", 6, 0.0) for b in range(256)]
PIECES = [
    ("▁", -1.0), ("h", -2.0), ("e", -2.0), ("l", -2.0), ("o", -2.0), ("a", -2.0), ("b", -2.0), ("é", -2.0),
    ("he", -1.5), ("ll", -1.2), ("llo", -1.0), ("hello", -0.5), ("▁hello", -0.1),
    ("a▁", -1.1), ("a▁b", -0.3), ("ab", -1.4), ("ba", -1.4),
]
VOCAB = SPECIAL + BYTES + [(t, 1, s) for t, s in PIECES]
ID = {t: i for i, (t, _, _) in enumerate(VOCAB)}


def _meta(**extra: Any) -> dict[str, Any]:
    meta = {
        "tokenizer.ggml.model": "llama",
        "tokenizer.ggml.tokens": [t for t, _, _ in VOCAB],
        "tokenizer.ggml.token_type": [k for _, k, _ in VOCAB],
        "tokenizer.ggml.scores": [s for _, _, s in VOCAB],
        "tokenizer.ggml.bos_token_id": 1,
        "tokenizer.ggml.eos_token_id": 2,
        "tokenizer.ggml.unknown_token_id": 0,
    }
    meta.update({f"tokenizer.ggml.{k}": v for k, v in extra.items()})
    return meta


TOK = load_tokenizer(_meta())


def _ids(*pieces: str) -> list[int]:
    return [ID[p] for p in pieces]


def test_merges_by_score_with_space_prefix() -> None:
    assert isinstance(TOK, SPMTokenizer) and TOK.add_space_prefix  # llama.cpp's default
    assert TOK.encode("hello") == [1, *_ids("▁hello")]
    assert TOK.encode("hello", add_special=False) == _ids("▁hello")
    assert TOK.encode("hex", add_special=False) == _ids("▁", "he", "<0x78>")  # x: byte fallback
    assert TOK.encode("日", add_special=False) == _ids("▁", "<0xE6>", "<0x97>", "<0xA5>")


def test_no_space_prefix_and_bos_eos_flags() -> None:
    tok = load_tokenizer(_meta(add_space_prefix=False, add_bos_token=False, add_eos_token=True))
    assert tok.encode("hello") == [*_ids("hello"), 2]
    assert tok.encode("hello", add_special=False) == _ids("hello")


def test_merge_across_space_needs_glue_token() -> None:
    """`a▁b` exists (via `a▁`), so a space after `a` must not cut the text into separate words."""
    assert TOK.encode("a b", add_special=False) == _ids("▁", "a▁b")
    assert TOK.encode("b a", add_special=False) == _ids("▁", "b", "▁", "a")


def test_special_tokens() -> None:
    eot = ID["<end_of_turn>"]
    assert TOK.encode("<s>hello", parse_special=True) == [1, 1, *_ids("▁hello")]  # space prefix after special
    assert TOK.encode("hello<end_of_turn>", add_special=False, parse_special=True) == [*_ids("▁hello"), eot]
    assert eot not in TOK.encode("<end_of_turn>", parse_special=False)
    assert TOK.encode("hello\n\nhello", add_special=False) == [*_ids("▁hello"), ID["\n\n"], *_ids("▁hello")]
    assert eot in TOK.eog_ids and 2 in TOK.eog_ids and TOK.eot_id == eot


def test_decode() -> None:
    ids = TOK.encode("<s>hello hex é日", parse_special=True)
    assert TOK.decode(ids, skip_special=True) == " hello hex é日"
    assert TOK.decode(ids) == "<s><s> hello hex é日"
    assert TOK.token_bytes(ID["<0xE6>"]) == b"\xe6"


def test_missing_byte_token_falls_back_to_unk() -> None:
    meta = _meta()
    keep = [i for i, (t, _, _) in enumerate(VOCAB) if t != "<0x78>"]
    for key in ("tokens", "token_type", "scores"):
        meta[f"tokenizer.ggml.{key}"] = [meta[f"tokenizer.ggml.{key}"][i] for i in keep]
    tok = load_tokenizer(meta)
    assert tok.encode("x", add_special=False)[-1] == 0


def test_bad_metadata_is_clear() -> None:
    with pytest.raises(ModelLoadError, match="disagree"):
        load_tokenizer(_meta(scores=[0.0]))


@settings(max_examples=150, deadline=None)
@given(text=st.lists(st.sampled_from(["a", "b", " ", "h", "e", "l", "o", "é", "x", "\n", "日"]), max_size=30).map("".join))
def test_word_cache_equals_whole_fragment(text: str) -> None:
    """Splitting fragments into cached words never changes the result of the global merge."""
    assert TOK.encode(text, add_special=False) == _unsplit_reference(text)


def _unsplit_reference(text: str) -> list[int]:
    """The merge run over each whole fragment between user-defined `\n\n` tokens, each fragment
    space-prefixed (it follows the start or a token, as in llama.cpp)."""
    out: list[int] = []
    for i, part in enumerate(text.split("\n\n")):
        if i:
            out.append(ID["\n\n"])
        if part:
            TOK._tokenize((" " + part).replace(" ", "▁"), out)
    return out


@settings(max_examples=100, deadline=None)
@given(ids=st.lists(st.integers(0, len(VOCAB) - 1), max_size=40))
def test_stream_equals_full_decode(ids: list[int]) -> None:
    """Byte tokens make arbitrary (often invalid) UTF-8: the stream still equals one full decode."""
    detok = Detokenizer(TOK, skip_special=False)
    assert "".join(detok.push(i) for i in ids) + detok.flush() == TOK.decode(ids)
