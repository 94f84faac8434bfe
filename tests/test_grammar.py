"""The grammar module on both real vocabularies (byte-level BPE and SentencePiece with byte
fallback), the sampler's mask, and per-sequence constraints inside one scheduler batch."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import numpy as np
import pytest

from local_engine.api import Grammar, GrammarError, SamplingParams
from local_engine.gguf_file import GGUFFile
from local_engine.grammar import GrammarCompiler
from local_engine.sampler import Sampler
from local_engine.tokenizer import Tokenizer, load_tokenizer
from local_engine.tools import ToolCallStream, chosen_functions, functions, parse_calls, render_messages, tool_grammar

pytestmark = pytest.mark.realmodel
SCHEMA = {"type": "object", "properties": {"name": {"type": "string", "maxLength": 8},
                                           "n": {"type": "integer", "minimum": 0, "maximum": 99},
                                           "tags": {"type": "array", "items": {"enum": ["a", "b"]}, "maxItems": 2}},
          "required": ["name", "n", "tags"], "additionalProperties": False}


@pytest.fixture(scope="module", params=["smollm2", "gemma3"])
def vocab(request: pytest.FixtureRequest) -> tuple[Tokenizer, GrammarCompiler]:
    path: Path = request.getfixturevalue(f"{request.param}_path")
    tok = load_tokenizer(GGUFFile.open(path).metadata)
    return tok, GrammarCompiler(tok)


def test_token_bytes_match_the_engine_tokenizer(vocab: tuple[Tokenizer, GrammarCompiler]) -> None:
    """llguidance sees every token as the bytes our detokenizer prints (byte-fallback and
    U+2581 pieces included); control tokens are marked special so grammar text cannot spell them."""
    tok, gc = vocab
    ll = gc.ll_tokenizer
    text = 'Grüße {"k": [1, 2]}\n\tÉmoji 🙂 <0x0A>'
    ids = tok.encode(text, add_special=False)
    assert ll.decode_bytes(ids) == tok.decode_bytes(ids) == text.encode()
    assert ll.vocab_size == tok.n_vocab and set(ll.eos_tokens) == set(tok.eog_ids)
    assert all(ll.is_special_token(i) for i in tok.eog_ids)


def test_masked_sampling_from_noise_always_validates(vocab: tuple[Tokenizer, GrammarCompiler]) -> None:
    """Random logits at temperature 1.0 (the worst 'model'): the mask alone keeps output valid."""
    tok, gc = vocab
    rng = np.random.default_rng(0)
    for seed in range(6):
        sampler = Sampler(SamplingParams(temperature=1.0, seed=seed), tok.n_vocab,
                          constraint=gc.constraint(Grammar("json_schema", SCHEMA)))
        out: list[int] = []
        for _ in range(200):
            token = sampler.sample(rng.normal(0, 3, tok.n_vocab).astype(np.float32))
            if tok.is_eog(token):
                break
            sampler.accept(token)
            out.append(token)
        assert tok.is_eog(token), "the grammar must end generation"
        jsonschema.validate(json.loads(tok.decode(out)), SCHEMA)


def test_unsupported_keywords_are_named(vocab: tuple[Tokenizer, GrammarCompiler]) -> None:
    _, gc = vocab
    with pytest.raises(GrammarError) as info:
        gc.compile(Grammar("json_schema", {"type": "object", "dependentRequired": {"a": ["b"]}}))
    assert info.value.keyword == "dependentRequired" and info.value.param == "response_format"
    with pytest.raises(GrammarError) as info:
        gc.compile(Grammar("lark", "start: ???", param="grammar"))
    assert info.value.param == "grammar" and info.value.keyword is None
    gbnf = gc.compile(Grammar("gbnf", 'root ::= "a" [0-9]+'))
    assert gbnf == gc.compile(Grammar("gbnf", 'root ::= "a" [0-9]+'))  # cached


TOOLS = [{"type": "function", "function": {"name": "add", "parameters": {
    "type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
    "required": ["a", "b"], "additionalProperties": False}}}]


def test_tool_rendering_and_parsing() -> None:
    fns = functions(TOOLS)
    history = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "2+3?"},
               {"role": "assistant", "content": None, "tool_calls": [
                   {"id": "call_1", "type": "function", "function": {"name": "add", "arguments": '{"a": 2, "b": 3}'}}]},
               {"role": "tool", "tool_call_id": "call_1", "content": "5"},
               {"role": "tool", "tool_call_id": "call_2", "content": "6"}]
    msgs = render_messages(history, fns)
    assert msgs[0]["role"] == "system" and msgs[0]["content"].startswith("Be brief.") and "<tools>" in msgs[0]["content"]
    assert msgs[2] == {"role": "assistant",
                       "content": '<tool_call>\n{"name": "add", "arguments": {"a": 2, "b": 3}}\n</tool_call>'}
    assert msgs[3] == {"role": "user", "content": "<tool_response>\n5\n</tool_response>\n<tool_response>\n6\n</tool_response>"}
    assert chosen_functions(fns, "none")[0] == "none" and tool_grammar(fns, "none") is None
    with pytest.raises(GrammarError, match="not in tools"):
        chosen_functions(fns, {"type": "function", "function": {"name": "nope"}})
    text = '<tool_call>\n{"name": "add", "arguments": {"a": 1, "b": 2}}\n</tool_call>'
    stream, seen = ToolCallStream(), []
    for i in range(0, len(text), 5):  # 5-character deltas: calls surface only when closed
        content, calls = stream.feed(text[i : i + 5])
        assert content == ""
        seen += calls
    assert [(c.name, json.loads(c.arguments)) for c in seen] == [("add", {"a": 1, "b": 2})]
    assert parse_calls(text)[0].arguments == '{"a": 1, "b": 2}'
    plain = ToolCallStream()
    assert plain.feed("<t") == ("", []) and plain.feed("able>") == ("<table>", [])


def test_constrained_and_free_sequences_share_a_batch(smollm2_path: Path) -> None:
    """Each sequence carries its own mask: constrained ones validate, free ones are untouched."""
    from local_engine.engine import Engine
    from local_engine.scheduler import Scheduler

    engine = Engine.load(smollm2_path, n_ctx=256)
    prompt = engine.prompt_ids(engine.apply_chat_template([{"role": "user", "content": "A person as JSON."}]))
    free = SamplingParams(max_tokens=12, temperature=0)
    alone = "".join(c.text for c in engine.generate(prompt, free))
    with Scheduler(engine, max_batch=4) as sched:
        handles = [sched.submit(prompt, SamplingParams(max_tokens=60, temperature=1.0, seed=i,
                                                       grammar=Grammar("json_schema", SCHEMA)))
                   for i in range(2)] + [sched.submit(prompt, free) for _ in range(2)]
        texts = ["".join(c.text for c in h) for h in handles]
        with pytest.raises(GrammarError):
            sched.submit(prompt, SamplingParams(grammar=Grammar("json_schema", {"not": {}})))
    for text in texts[:2]:
        jsonschema.validate(json.loads(text), SCHEMA)
    assert texts[2] == texts[3] == alone


QWEN_STYLE = (
    "{% if tools %}<|im_start|>system\n<tools>{% for t in tools %}\n{{ t | tojson }}{% endfor %}\n</tools><|im_end|>\n"
    "{% endif %}{% for m in messages %}{% if m.role == 'assistant' and m.tool_calls %}<|im_start|>assistant"
    "{% for c in m.tool_calls %}\n<tool_call>\n{\"name\": \"{{ c.function.name }}\", \"arguments\": "
    "{{ c.function.arguments | tojson }}}\n</tool_call>{% endfor %}<|im_end|>\n{% elif m.role == 'tool' %}"
    "<|im_start|>user\n<tool_response>\n{{ m.content }}\n</tool_response><|im_end|>\n{% else %}"
    "<|im_start|>{{ m.role }}\n{{ m.content }}<|im_end|>\n{% endif %}{% endfor %}"
)


def test_a_template_that_speaks_tools_renders_them_itself() -> None:
    """Qwen/Hermes-style templates get `tools` and the calls (arguments as objects, as they print them)."""
    from local_engine.chat_template import ChatTemplate
    from local_engine.tools import template_messages, template_speaks_tools

    assert template_speaks_tools(QWEN_STYLE) and not template_speaks_tools("{{ messages }}")
    history = [{"role": "user", "content": "2+3?"},
               {"role": "assistant", "content": None, "tool_calls": [
                   {"id": "call_1", "type": "function", "function": {"name": "add", "arguments": '{"a": 2, "b": 3}'}}]},
               {"role": "tool", "tool_call_id": "call_1", "content": "5"}]
    out = ChatTemplate(QWEN_STYLE).render(template_messages(history), add_generation_prompt=False, tools=TOOLS)
    assert '"name": "add"' in out.split("</tools>")[0]
    assert '<tool_call>\n{"name": "add", "arguments": {"a": 2, "b": 3}}\n</tool_call>' in out
    assert "<tool_response>\n5\n</tool_response>" in out
