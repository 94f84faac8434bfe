"""Chat templates: llama-cpp-python's output for SmolLM2, hand-checked Gemma/Llama-3 renders, sandbox."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from local_engine.api import NoChatTemplateError
from local_engine.chat_template import ChatTemplate, ChatTemplateError, render_chat
from local_engine.gguf_file import GGUFFile

FIXTURE = Path(__file__).parent / "fixtures" / "llamacpp" / "chat_templates.json"

GEMMA3 = """{{ bos_token }}
{%- if messages[0]['role'] == 'system' -%}
    {%- set first_user_prefix = messages[0]['content'] + '\n\n' -%}
    {%- set loop_messages = messages[1:] -%}
{%- else -%}
    {%- set first_user_prefix = "" -%}
    {%- set loop_messages = messages -%}
{%- endif -%}
{%- for message in loop_messages -%}
    {%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) -%}
        {{ raise_exception("Conversation roles must alternate user/assistant/user/assistant/...") }}
    {%- endif -%}
    {%- if (message['role'] == 'assistant') -%}
        {%- set role = "model" -%}
    {%- else -%}
        {%- set role = message['role'] -%}
    {%- endif -%}
    {{ '<start_of_turn>' + role + '\n' + (first_user_prefix if loop.first else "") }}
    {{- message['content'] | trim -}}
    {{ '<end_of_turn>\n' }}
{%- endfor -%}
{%- if add_generation_prompt -%}
    {{'<start_of_turn>model\n'}}
{%- endif -%}
"""

LLAMA3 = (
    "{% set loop_messages = messages %}{% for message in loop_messages %}{% set content = "
    "'<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'+ message['content'] | trim + "
    "'<|eot_id|>' %}{% if loop.index0 == 0 %}{% set content = bos_token + content %}{% endif %}"
    "{{ content }}{% endfor %}{% if add_generation_prompt %}"
    "{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}"
)

CHAT = [
    {"role": "system", "content": "Be brief."},
    {"role": "user", "content": "Hi "},
    {"role": "assistant", "content": "Hello"},
    {"role": "user", "content": "Bye"},
]


def _meta(template: str | None, tokens: list[str], bos: int, eos: int) -> dict[str, Any]:
    meta: dict[str, Any] = {"tokenizer.ggml.tokens": tokens, "tokenizer.ggml.bos_token_id": bos,
                            "tokenizer.ggml.eos_token_id": eos, "general.name": "tiny"}
    if template is not None:
        meta["tokenizer.chat_template"] = template
    return meta


@pytest.mark.parametrize("i", range(5))
def test_matches_llama_cpp_python(i: int) -> None:
    fx = json.loads(FIXTURE.read_text(encoding="utf-8"))
    case = fx["cases"][i]
    tpl = ChatTemplate(fx["template"], bos_token=fx["bos_token"], eos_token=fx["eos_token"])
    assert tpl.render(case["messages"], add_generation_prompt=case["add_generation_prompt"]) == case["prompt"]


@pytest.mark.parametrize("name", ["gemma3-it", "llama3-instruct"])
def test_upstream_templates_match_llama_cpp_python(name: str) -> None:
    """Gemma 3 and Llama 3's own templates, rendered by llama-cpp-python (fixture) and by us."""
    fx = json.loads(FIXTURE.read_text(encoding="utf-8"))
    (extra,) = [e for e in fx["extra"] if e["name"] == name]
    tpl = ChatTemplate(extra["template"], bos_token=extra["bos_token"], eos_token=extra["eos_token"])
    for case in extra["cases"]:
        assert tpl.render(case["messages"], add_generation_prompt=case["add_generation_prompt"]) == case["prompt"]


def test_real_smollm2_metadata(smollm2_path: Path) -> None:
    fx = json.loads(FIXTURE.read_text(encoding="utf-8"))
    tpl = ChatTemplate.from_metadata(GGUFFile.open(smollm2_path).metadata)
    assert tpl is not None and (tpl.bos_token, tpl.eos_token) == (fx["bos_token"], fx["eos_token"])
    case = fx["cases"][2]
    assert tpl.render(case["messages"], add_generation_prompt=True) == case["prompt"]


def test_real_gemma3_base_has_none(gemma3_path: Path) -> None:
    meta = GGUFFile.open(gemma3_path).metadata
    assert ChatTemplate.from_metadata(meta) is None
    with pytest.raises(NoChatTemplateError):
        render_chat(meta, [{"role": "user", "content": "hi"}])


def test_gemma_style() -> None:
    tpl = ChatTemplate.from_metadata(_meta(GEMMA3, ["<pad>", "<eos>", "<bos>"], bos=2, eos=1))
    assert tpl is not None
    assert tpl.render(CHAT) == (
        "<bos><start_of_turn>user\nBe brief.\n\nHi<end_of_turn>\n<start_of_turn>model\nHello<end_of_turn>\n"
        "<start_of_turn>user\nBye<end_of_turn>\n<start_of_turn>model\n"
    )
    assert tpl.render(CHAT[1:2], add_generation_prompt=False) == "<bos><start_of_turn>user\nHi<end_of_turn>\n"
    with pytest.raises(ChatTemplateError, match="must alternate"):
        tpl.render([{"role": "user", "content": "a"}, {"role": "user", "content": "b"}])


def test_llama3_style() -> None:
    tokens = ["<|begin_of_text|>", "<|end_of_text|>", "<|eot_id|>"]
    tpl = ChatTemplate.from_metadata(_meta(LLAMA3, tokens, bos=0, eos=1))
    assert tpl is not None
    assert tpl.render(CHAT[:2]) == (
        "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|>"
        "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
    )


def test_content_parts_and_none_are_text() -> None:
    tpl = ChatTemplate("{% for m in messages %}[{{ m.content }}]{% endfor %}")
    parts = [{"type": "text", "text": "a"}, {"type": "image_url", "image_url": {"url": "x"}}, {"type": "text", "text": "b"}]
    assert tpl.render([{"role": "user", "content": parts}, {"role": "assistant", "content": None}]) == "[ab][]"


def test_variables_tools_and_helpers() -> None:
    src = (
        "{% for t in tools %}{{ t | tojson }}{% endfor %}|{{ strftime_now('%Y') }}|"
        "{% for m in messages %}{% if loop.index > 1 %}{% break %}{% endif %}{{ m.content }}{% endfor %}|"
        "{% generation %}{{ eos_token }}{% endgeneration %}|{{ add_generation_prompt }}"
    )
    tools = [{"type": "function", "function": {"name": "météo", "parameters": {}}}]
    out = ChatTemplate(src, eos_token="</s>").render(CHAT, add_generation_prompt=False, tools=tools)
    assert out == (
        '{"type": "function", "function": {"name": "météo", "parameters": {}}}'
        f"|{datetime.now().year}|Be brief.|</s>|False"
    )


def test_trim_and_lstrip_blocks() -> None:
    src = "{% for m in messages %}\n    {% if m.role == 'user' %}\nU:{{ m.content }}\n    {% endif %}\n{% endfor %}"
    assert ChatTemplate(src).render(CHAT) == "U:Hi \nU:Bye\n"


@pytest.mark.parametrize(
    "src",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",  # escape to Python internals
        "{{ messages.append({'role': 'x'}) }}",  # mutate the caller's data
        "{{ raise_exception('no system role') }}",
        "{{ messages[0]['content'] + 1 }}",
    ],
)
def test_sandbox_and_template_errors(src: str) -> None:
    with pytest.raises(ChatTemplateError):
        ChatTemplate(src).render(CHAT)


def test_syntax_error_is_clear() -> None:
    with pytest.raises(ChatTemplateError, match="invalid chat template"):
        ChatTemplate("{% for m in messages %}")


def test_empty_template_means_none() -> None:
    assert ChatTemplate.from_metadata(_meta("  ", ["a"], 0, 0)) is None
    assert ChatTemplate.from_metadata(_meta(None, ["a"], 0, 0)) is None
