"""Tokenizers against llama.cpp on the real models: every tricky string, three modes, same ids.

Fixtures come from scripts/make_llamacpp_fixtures.py (llama-cpp-python 0.3.36). Modes:
plain = (add_special, not parse_special), special = (add_special, parse_special),
bare = (no add_special, not parse_special).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from local_engine.gguf_file import GGUFFile
from local_engine.tokenizer import Detokenizer, Tokenizer, load_tokenizer

FIXTURES = Path(__file__).parent / "fixtures" / "llamacpp"


def _fixture(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.tokens.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def smollm2(smollm2_path: Path) -> Tokenizer:
    return load_tokenizer(GGUFFile.open(smollm2_path).metadata)


@pytest.fixture(scope="module")
def gemma3(gemma3_path: Path) -> Tokenizer:
    return load_tokenizer(GGUFFile.open(gemma3_path).metadata)


@pytest.fixture(params=["smollm2", "gemma3"])
def case(request: pytest.FixtureRequest) -> tuple[Tokenizer, dict[str, Any]]:
    return request.getfixturevalue(request.param), _fixture(request.param)


@pytest.fixture(params=["smollm2", "gemma3"])
def tok(request: pytest.FixtureRequest) -> Tokenizer:
    return request.getfixturevalue(request.param)


def test_corpus_is_big_enough() -> None:
    strings = json.loads((Path(__file__).parent / "data" / "tricky_strings.json").read_text(encoding="utf-8"))
    assert len(strings) >= 200
    assert len(_fixture("smollm2")["cases"]) == len(_fixture("gemma3")["cases"]) == len(strings)


def test_special_ids_match(case: tuple[Tokenizer, dict[str, Any]]) -> None:
    tok, fx = case
    assert tok.n_vocab == fx["n_vocab"]
    assert (tok.bos_id, tok.eos_id, tok.eot_id) == (fx["bos"], fx["eos"], fx["eot"])
    assert sorted(tok.eog_ids) == fx["eog"]


@pytest.mark.parametrize("mode", ["plain", "special", "bare"])
def test_encode_matches_llamacpp(case: tuple[Tokenizer, dict[str, Any]], mode: str) -> None:
    tok, fx = case
    add_special, parse_special = fx["modes"][mode]
    wrong = [
        (c["text"], got, c[mode])
        for c in fx["cases"]
        if (got := tok.encode(c["text"], add_special=add_special, parse_special=parse_special)) != c[mode]
    ]
    assert not wrong, f"{len(wrong)} of {len(fx['cases'])} differ; first: {wrong[0]!r}"


def test_decode_matches_llamacpp(case: tuple[Tokenizer, dict[str, Any]]) -> None:
    """llama_detokenize(remove_special=False): control tokens only when unparse_special."""
    tok, fx = case
    for c in fx["cases"]:
        assert tok.decode_bytes(c["special"], skip_special=False).hex() == c["detok_special_hex"], c["text"]
        assert tok.decode_bytes(c["special"], skip_special=True).hex() == c["detok_hex"], c["text"]


def test_round_trip_and_stream(case: tuple[Tokenizer, dict[str, Any]]) -> None:
    """Bare encodings decode back to the text; streaming one id at a time gives the same text."""
    tok, fx = case
    for c in fx["cases"]:
        ids = c["bare"]
        if tok.decode(ids) != c["text"]:
            continue  # llama.cpp itself does not round-trip a few (e.g. unknown characters)
        detok = Detokenizer(tok, skip_special=False)
        assert "".join(detok.push(i) for i in ids) + detok.flush() == c["text"]


def test_token_bytes_api(smollm2: Tokenizer) -> None:
    im_start = smollm2.vocab.token_to_id["<|im_start|>"]
    assert smollm2.token_bytes(im_start) == b"<|im_start|>"
    assert smollm2.decode([im_start], skip_special=True) == ""
    assert smollm2.encode("<|im_start|>user", add_special=False, parse_special=True)[0] == im_start
    assert im_start not in smollm2.encode("<|im_start|>user", add_special=False, parse_special=False)


EMOJI_CJK = ["😀", "👍🏽", "👨‍👩‍👧", "🇯🇵", "日本語", "中文", "한국어", "é", "ß", "ﬁ", "\u200b", " ", "\n", "a", "1"]
TEXT = st.lists(st.sampled_from(EMOJI_CJK) | st.characters(codec="utf-8"), max_size=24).map("".join)
NO_FIXTURE_CHECK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@NO_FIXTURE_CHECK
@given(text=TEXT)
def test_stream_of_text_is_whole(tok: Tokenizer, text: str) -> None:
    """Emoji/CJK split over several byte-level tokens: the stream never emits a broken character."""
    ids = tok.encode(text, add_special=False)
    detok = Detokenizer(tok, skip_special=False)
    assert "".join(detok.push(i) for i in ids) + detok.flush() == tok.decode(ids)


@NO_FIXTURE_CHECK
@given(data=st.data())
def test_stream_of_random_ids(tok: Tokenizer, data: st.DataObject) -> None:
    ids = data.draw(st.lists(st.integers(0, tok.n_vocab - 1), max_size=32))
    detok = Detokenizer(tok, skip_special=True)
    assert "".join(detok.push(i) for i in ids) + detok.flush() == tok.decode(ids, skip_special=True)


@settings(max_examples=60, deadline=None)
@given(words=st.lists(st.sampled_from(["the", "a", "<", "b>", "</", ">", "x>", "日本", "😀", "naïve", "12", "é", "'s"]), max_size=12))
def test_gemma_word_cache_equals_whole_merge(gemma3: Tokenizer, words: list[str]) -> None:
    """Gemma's cached per-word merge equals llama.cpp's one merge over the whole fragment
    (`>` is the one character a Gemma token merges across a space: `>▁</`)."""
    text = " ".join(words)
    whole: list[int] = []
    gemma3._tokenize(text.replace(" ", "\u2581"), whole)  # type: ignore[attr-defined]
    assert gemma3.encode(text, add_special=False) == whole
