"""Byte-level BPE on tiny vocabularies, per pre-tokenizer family, against Hugging Face `tokenizers`.

Each family gets a vocabulary trained in the test (HF's BpeTrainer, ~1 ms) with the pre-tokenizer
its real models ship in tokenizer.json; the same vocabulary as GGUF metadata then goes through
our BPETokenizer, and both must agree on random text. llama.cpp's own test suite checks its
BPE against the same library.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from local_engine.api import ModelLoadError
from local_engine.tokenizer import load_tokenizer
from local_engine.tokenizer.bpe import BPETokenizer, PreTokenizer, merge_symbols

hf = pytest.importorskip("tokenizers")

LLAMA3 = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+"
    r"|\s+(?!\S)|\s+"
)
QWEN2 = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+"
    r"|\s+(?!\S)|\s+"
)
CORPUS = [
    "The quick brown fox jumps over the lazy dog. It's 12345 o'clock; we'll see!",
    "def main(argv):\n    return [x ** 2 for x in range(10)]  # comment\n\n",
    "Prices: $3.50, €4,99 — 50% off!!! I'M SHOUTING. naïve café 日本語のテキスト 😀👍",
    "   leading spaces, trailing tabs\t\t\nCRLF\r\nlines\n\n\n1 22 333 4444 55555",
]
ALPHABET = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + list(
    " \t\n\r.,;:!?'\"()[]{}<>-_=+*/\\#$%&@^~`|"
) + ["é", "ß", "Ω", "日", "本", "語", "😀", "👍", "’", "٣"]
TEXT = st.lists(st.sampled_from(ALPHABET + [" the", "'s", "'LL", "123", "   ", "\n\n", " \r\n"]), max_size=40).map("".join)


def _pre_tokenizer(family: str) -> Any:
    pt = hf.pre_tokenizers
    byte_level = pt.ByteLevel(add_prefix_space=False, use_regex=False)
    if family == "llama3":
        return pt.Sequence([pt.Split(hf.Regex(LLAMA3), behavior="isolated"), byte_level])
    if family == "qwen2":
        return pt.Sequence([pt.Split(hf.Regex(QWEN2), behavior="isolated"), byte_level])
    if family == "smollm":
        return pt.Sequence([pt.Digits(individual_digits=True), pt.ByteLevel(add_prefix_space=False)])
    return pt.ByteLevel(add_prefix_space=False)  # gpt2: the GPT-2 regex inside ByteLevel


def _train(family: str) -> tuple[Any, dict[str, Any]]:
    """A 600-token HF tokenizer for `family` and the same vocabulary as GGUF metadata."""
    tk = hf.Tokenizer(hf.models.BPE(ignore_merges=family == "llama3"))
    tk.pre_tokenizer = _pre_tokenizer(family)
    trainer = hf.trainers.BpeTrainer(
        vocab_size=600, initial_alphabet=hf.pre_tokenizers.ByteLevel.alphabet(), show_progress=False
    )
    tk.train_from_iterator(CORPUS * 3, trainer)
    model = json.loads(tk.to_str())["model"]
    vocab: dict[str, int] = model["vocab"]
    tokens = [t for t, _ in sorted(vocab.items(), key=lambda kv: kv[1])]
    merges = [" ".join(m) if isinstance(m, list) else m for m in model["merges"]]
    meta = {
        "tokenizer.ggml.model": "gpt2",
        "tokenizer.ggml.pre": family,
        "tokenizer.ggml.tokens": tokens,
        "tokenizer.ggml.token_type": [1] * len(tokens),
        "tokenizer.ggml.merges": merges,
        "tokenizer.ggml.add_bos_token": False,
    }
    return tk, meta


FAMILIES = ["llama3", "qwen2", "gpt2", "smollm"]
_TRAINED = {f: _train(f) for f in FAMILIES}
_OURS = {f: load_tokenizer(meta) for f, (_, meta) in _TRAINED.items()}


@pytest.mark.parametrize("family", FAMILIES)
def test_corpus_matches_hf(family: str) -> None:
    theirs, ours = _TRAINED[family][0], _OURS[family]
    for text in CORPUS + ["", " ", "x", "\n \n", "can't CAN'T we'Ll", "  12345678  x"]:
        assert ours.encode(text, add_special=False) == theirs.encode(text).ids, repr(text)
        assert ours.decode(ours.encode(text, add_special=False)) == text


@pytest.mark.parametrize("family", FAMILIES)
@settings(max_examples=60, deadline=None)
@given(text=TEXT)
def test_random_text_matches_hf(family: str, text: str) -> None:
    theirs, ours = _TRAINED[family][0], _OURS[family]
    assert ours.encode(text, add_special=False) == theirs.encode(text).ids


@pytest.mark.parametrize(
    ("family", "text", "pieces"),
    [
        ("llama3", "12345 apples", ["123", "45", " apples"]),
        ("llama3", "I'M here!\n\n  x", ["I", "'M", " here", "!\n\n", " ", " x"]),
        ("qwen2", "12345 apples", ["1", "2", "3", "4", "5", " apples"]),
        ("gpt2", "12345 apples", ["12345", " apples"]),
        ("gpt2", "I'M here", ["I", "'", "M", " here"]),
        ("smollm", "x=12;", ["x", "=", "1", "2", ";"]),
        ("default", "a+=1000", ["a", "+=", "100", "0"]),  # llama.cpp chains [0-9]{3} last
    ],
)
def test_pre_tokenizer_splits(family: str, text: str, pieces: list[str]) -> None:
    assert PreTokenizer(family).split(text) == pieces


def test_aliases_and_unknown_pre_tokenizer() -> None:
    assert PreTokenizer("llama-bpe").name == "llama3"
    assert PreTokenizer("deepseek-r1-qwen").name == "qwen2"
    meta = dict(_TRAINED["gpt2"][1], **{"tokenizer.ggml.pre": "klingon"})
    with pytest.raises(ModelLoadError, match="klingon"):
        load_tokenizer(meta)


def test_unknown_model_and_missing_parts() -> None:
    meta = _TRAINED["gpt2"][1]
    with pytest.raises(ModelLoadError, match="'bert'"):
        load_tokenizer(dict(meta, **{"tokenizer.ggml.model": "bert"}))
    with pytest.raises(ModelLoadError, match="no tokenizer.ggml.tokens"):
        load_tokenizer({"tokenizer.ggml.model": "gpt2"})
    with pytest.raises(ModelLoadError, match="merges"):
        load_tokenizer({k: v for k, v in meta.items() if k != "tokenizer.ggml.merges"})
    with pytest.raises(ModelLoadError, match="disagree"):
        load_tokenizer(dict(meta, **{"tokenizer.ggml.token_type": [1, 1]}))


def test_llama3_ignore_merges_uses_whole_word() -> None:
    """A word that is itself a token wins even when no merge path builds it (llama.cpp ignore_merges)."""
    tokens = ["a", "b", "c", "abc", "ab"]
    meta = {"tokenizer.ggml.model": "gpt2", "tokenizer.ggml.tokens": tokens, "tokenizer.ggml.token_type": [1] * 5,
            "tokenizer.ggml.merges": ["a b"]}
    assert load_tokenizer(dict(meta, **{"tokenizer.ggml.pre": "llama3"})).encode("abc", add_special=False) == [3]
    assert load_tokenizer(dict(meta, **{"tokenizer.ggml.pre": "qwen2"})).encode("abc", add_special=False) == [4, 2]


def test_special_tokens_bos_and_user_defined() -> None:
    tokens = ["<s>", "</s>", "<tool>", "h", "i", "hi", "<", ">", "s", "/", "t", "o", "l"]
    types = [3, 3, 4] + [1] * 10
    meta = {"tokenizer.ggml.model": "gpt2", "tokenizer.ggml.pre": "llama3", "tokenizer.ggml.tokens": tokens,
            "tokenizer.ggml.token_type": types, "tokenizer.ggml.merges": ["h i"],
            "tokenizer.ggml.bos_token_id": 0, "tokenizer.ggml.eos_token_id": 1}
    tok = load_tokenizer(meta)
    assert isinstance(tok, BPETokenizer) and tok.bos_id == 0 and 1 in tok.eog_ids
    assert tok.encode("hi") == [0, 5]  # llama3 adds BOS by default
    assert tok.encode("hi</s>", parse_special=True) == [0, 5, 1]
    assert tok.encode("hi</s>", parse_special=False) == [0, 5, 6, 9, 8, 7]
    assert tok.encode("<tool>hi", add_special=False) == [2, 5]  # user-defined: always carved out
    assert tok.decode([0, 5, 1], skip_special=True) == "hi"
    assert tok.decode([0, 5, 1]) == "<s>hi</s>"


@settings(max_examples=80, deadline=None)
@given(word=st.lists(st.sampled_from("abcd"), min_size=0, max_size=24), seed=st.integers(0, 2**16))
def test_heap_merge_equals_naive(word: list[str], seed: int) -> None:
    """The O(n log n) merge picks the same pairs as the textbook loop (lowest rank, leftmost)."""
    import random

    rng = random.Random(seed)
    pieces = ["a", "b", "c", "d", "ab", "ba", "cd", "abc", "dd", "cdd", "aba", "bab"]
    ranks = {(x, y): rng.randrange(50) for x in pieces for y in pieces if rng.random() < 0.3 and len(x + y) <= 4}
    syms = list(word)
    while len(syms) > 1:
        cands = [(ranks[(a, b)], i) for i, (a, b) in enumerate(zip(syms, syms[1:])) if (a, b) in ranks]
        if not cands:
            break
        _, i = min(cands)
        syms[i : i + 2] = [syms[i] + syms[i + 1]]
    assert merge_symbols(list(word), ranks) == syms
