"""Structured output and tool calling on the local engine, end to end through the gateway.

One gateway serves both default models (SmolLM2 chat, Gemma 3 base via /v1/completions) next to
a counting remote upstream. Every JSON-schema answer, streamed or not, greedy or at temperature
1.0, must parse and validate; every tool call must validate against its function's parameters;
the official openai SDK parses every response (its pydantic `parse` helper included).
Requests run concurrently so the scheduler batches them (the suite stays fast on 2 cores).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import jsonschema
import openai
import pytest
from pydantic import BaseModel, Field
from upstream import ServerThread, UpstreamControl, build_upstream

from gateway.settings import ServerSettings

pytestmark = pytest.mark.realmodel
KEY = "structured-key"
DATA = Path(__file__).parent / "data"
SCHEMAS: list[dict[str, Any]] = json.loads((DATA / "structured_schemas.json").read_text())
TOOLS: list[dict[str, Any]] = json.loads((DATA / "tool_functions.json").read_text())
POLICY = """\
version: 1
mode: hybrid
default_route: remote
routes:
  smol:
    backend: local
    model: {smol}
    n_ctx: 2048
    max_batch: 8
    max_queue: 256
  gemma:
    backend: local
    model: {gemma}
    n_ctx: 512
    max_batch: 8
    max_queue: 256
    capabilities: [logprobs, json_schema]   # a base model: no chat template to render tools with
  remote:
    backend: litellm
    model: openai/fake-model
    api_base: {upstream}/v1
rules:
  - name: pii-stays-local
    compliance: true
    when:
      pii: {{detected: true}}
    route: smol
"""
MAX_TOKENS = 160  # every corpus schema closes well before this (bounded strings, arrays, integers)


@pytest.fixture(scope="module")
def upstream_server() -> Iterator[ServerThread]:
    server = ServerThread(build_upstream(UpstreamControl())).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def upstream(upstream_server: ServerThread) -> UpstreamControl:
    return upstream_server.server.config.app.state.control  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def gateway(upstream_server: ServerThread, smollm2_path: Path, gemma3_path: Path,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    from gateway.app import create_app

    tmp = tmp_path_factory.mktemp("structured")
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY.format(smol=smollm2_path, gemma=gemma3_path, upstream=upstream_server.url))
    settings = ServerSettings(policy_path=policy, ledger_url=f"sqlite:///{tmp / 'ledger.db'}", api_keys=[KEY])
    server = ServerThread(create_app(settings)).start(timeout_s=300)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def client(gateway: ServerThread) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=KEY, max_retries=0, timeout=300)


def _aclient(gateway: ServerThread) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(base_url=gateway.url + "/v1", api_key=KEY, max_retries=0, timeout=300)


def _response_format(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "json_schema", "json_schema": {"name": item["name"], "schema": item["schema"], "strict": True}}


async def _one(ac: openai.AsyncOpenAI, route: str, item: dict[str, Any], stream: bool, temperature: float,
               seed: int) -> tuple[str, str]:
    """(text, finish_reason) of one schema-constrained request, chat for SmolLM2, completions for Gemma."""
    schema_text = json.dumps(item["schema"])
    common: dict[str, Any] = dict(model=route, max_tokens=MAX_TOKENS, temperature=temperature, seed=seed,
                                  extra_body={"response_format": _response_format(item)} if route == "gemma" else {})
    if route == "smol":
        messages = [{"role": "system", "content": "You answer with JSON only."},
                    {"role": "user", "content": f"Give an example value for this JSON schema: {schema_text}"}]
        kwargs = dict(common, messages=messages, response_format=_response_format(item))
        if not stream:
            out = await ac.chat.completions.create(**kwargs)
            return out.choices[0].message.content or "", out.choices[0].finish_reason
        parts, finish = [], ""
        async for chunk in await ac.chat.completions.create(**kwargs, stream=True):
            if chunk.choices:
                parts.append(chunk.choices[0].delta.content or "")
                finish = chunk.choices[0].finish_reason or finish
        return "".join(parts), finish
    prompt = f"JSON schema: {schema_text}\nA JSON value valid against the schema: "
    if not stream:
        done = await ac.completions.create(prompt=prompt, **common)
        return done.choices[0].text, done.choices[0].finish_reason
    parts, finish = [], ""
    async for piece in await ac.completions.create(prompt=prompt, stream=True, **common):
        if piece.choices:
            parts.append(piece.choices[0].text)
            finish = piece.choices[0].finish_reason or finish
    return "".join(parts), finish


@pytest.mark.parametrize("route", ["smol", "gemma"])
def test_every_schema_output_validates(gateway: ServerThread, route: str) -> None:
    """43 schemas x (greedy, temperature 1.0) x (non-streamed, streamed): 100% valid."""
    cases = [(item, stream, temp, seed) for seed, item in enumerate(SCHEMAS)
             for stream, temp in ((False, 0.0), (False, 1.0), (True, 0.0), (True, 1.0))]

    async def run() -> list[tuple[str, str]]:
        ac = _aclient(gateway)
        gate = asyncio.Semaphore(8)

        async def bounded(case: tuple[dict[str, Any], bool, float, int]) -> tuple[str, str]:
            async with gate:
                return await _one(ac, route, case[0], case[1], case[2], case[3])

        try:
            return await asyncio.gather(*(bounded(c) for c in cases))
        finally:
            await ac.close()

    failures = []
    for (item, stream, temp, _), (text, finish) in zip(cases, asyncio.run(run()), strict=True):
        try:
            assert finish == "stop", f"finish_reason {finish}"
            jsonschema.validate(json.loads(text), item["schema"], cls=jsonschema.Draft202012Validator)
        except (AssertionError, ValueError, jsonschema.ValidationError) as exc:
            failures.append(f"{item['name']} stream={stream} T={temp}: {text!r}: {str(exc)[:120]}")
    assert not failures, "\n".join(failures)


def test_json_object_mode(client: openai.OpenAI) -> None:
    """Any JSON object (unbounded by nature: the prompt asks for a short one, max_tokens leaves room)."""
    out = client.chat.completions.create(
        model="smol", max_tokens=300, temperature=0, response_format={"type": "json_object"},
        messages=[{"role": "user", "content": 'Reply with a JSON object like {"name": "Tom", "age": 3} for a cat.'}])
    assert out.choices[0].finish_reason == "stop"
    assert isinstance(json.loads(out.choices[0].message.content or ""), dict)


class Person(BaseModel):
    name: str = Field(max_length=12)
    age: int = Field(ge=0, le=120)
    role: Literal["admin", "user"]


def test_sdk_parse_with_pydantic_model(client: openai.OpenAI) -> None:
    """`client.chat.completions.parse` sends a strict schema from the model and parses the answer."""
    out = client.chat.completions.parse(model="smol", response_format=Person, temperature=1.0, seed=7,
                                        max_tokens=80, messages=[{"role": "user", "content": "Invent a user."}])
    person = out.choices[0].message.parsed
    assert isinstance(person, Person) and 0 <= person.age <= 120


def test_unsupported_schema_keyword_is_400_naming_it(client: openai.OpenAI, upstream: UpstreamControl) -> None:
    hits = upstream.hits
    bad = {"type": "object", "properties": {"a": {"not": {"type": "string"}}}}
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="smol", max_tokens=8, messages=[{"role": "user", "content": "x"}],
                                       response_format={"type": "json_schema",
                                                        "json_schema": {"name": "bad", "schema": bad}})
    err = info.value.body
    assert "'not'" in err["message"] and err["code"] == "unsupported_schema_keyword"
    assert err["param"] == "response_format.json_schema.schema"
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="smol", max_tokens=8, messages=[{"role": "user", "content": "x"}],
                                       tools=[{"type": "function", "function": {"name": "f", "parameters": bad}}],
                                       tool_choice="required")
    assert info.value.body["param"] == "tools" and "'not'" in info.value.body["message"]
    with pytest.raises(openai.BadRequestError, match="response_format.type"):
        client.chat.completions.create(model="smol", max_tokens=8, messages=[{"role": "user", "content": "x"}],
                                       response_format={"type": "yaml"})  # type: ignore[typeddict-item]
    assert upstream.hits == hits


def test_grammar_extension_field(client: openai.OpenAI) -> None:
    """`grammar` (Lark or GBNF) constrains chat and completions alike."""
    gbnf = 'root ::= ("yes" | "no") " because " [a-z ]{1,20}'
    out = client.chat.completions.create(model="smol", max_tokens=40, temperature=1.0, seed=3,
                                         messages=[{"role": "user", "content": "Is water wet?"}],
                                         extra_body={"grammar": gbnf})
    text = out.choices[0].message.content or ""
    assert text.split(" because ")[0] in ("yes", "no") and out.choices[0].finish_reason == "stop"
    done = client.completions.create(model="gemma", prompt="Count: ", max_tokens=20, temperature=1.0,
                                     extra_body={"grammar": 'start: NUM ("," NUM){2}\nNUM: /[0-9]{1,2}/'})
    assert len(done.choices[0].text.split(",")) == 3
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="smol", max_tokens=4, messages=[{"role": "user", "content": "x"}],
                                       extra_body={"grammar": "start: @@@"})
    assert info.value.body["param"] == "grammar"


# --- tools ------------------------------------------------------------------------------------------
PARAMS = {t["function"]["name"]: t["function"]["parameters"] for t in TOOLS}


def _check_calls(calls: list[Any], allowed: set[str]) -> None:
    assert calls
    for call in calls:
        assert call.type == "function" and call.id.startswith("call_") and call.function.name in allowed
        jsonschema.validate(json.loads(call.function.arguments), PARAMS[call.function.name])


def _ask(name: str) -> str:
    return f"Call the {name} tool with sensible arguments."


def test_named_tool_choice_for_ten_signatures(gateway: ServerThread) -> None:
    """Each of the 10 functions, forced by name, streamed and not, at temperature 1.0: one valid call."""

    async def run() -> list[tuple[str, Any, Any]]:
        ac = _aclient(gateway)

        async def one(name: str, stream: bool) -> tuple[str, Any, Any]:
            tools = [t for t in TOOLS if t["function"]["name"] == name]  # short prompts: prefill stays cheap
            kwargs: dict[str, Any] = dict(model="smol", tools=tools, max_tokens=MAX_TOKENS, temperature=1.0, seed=11,
                                          tool_choice={"type": "function", "function": {"name": name}},
                                          messages=[{"role": "user", "content": _ask(name)}])
            if not stream:
                out = await ac.chat.completions.create(**kwargs)
                return name, out.choices[0].message.tool_calls, out.choices[0].finish_reason
            calls: dict[int, Any] = {}
            finish = None
            async for chunk in await ac.chat.completions.create(**kwargs, stream=True):
                for c in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
                    calls[c.index] = c
                finish = (chunk.choices[0].finish_reason if chunk.choices else None) or finish
            return name, [calls[i] for i in sorted(calls)], finish

        try:
            return await asyncio.gather(*(one(t["function"]["name"], s) for t in TOOLS for s in (False, True)))
        finally:
            await ac.close()

    for name, calls, finish in asyncio.run(run()):
        assert finish == "tool_calls", name
        assert len(calls) == 1, name
        _check_calls(calls, {name})


def test_tool_choice_required_and_parallel(client: openai.OpenAI) -> None:
    """"required": at least one call among all ten functions (parallel calls allowed); with
    parallel_tool_calls false, exactly one."""
    out = client.chat.completions.create(model="smol", tools=TOOLS, tool_choice="required", temperature=0,
                                         max_tokens=400, messages=[{"role": "user", "content": "Weather in Paris?"}])
    msg = out.choices[0].message
    assert out.choices[0].finish_reason == "tool_calls" and msg.content is None
    _check_calls(msg.tool_calls or [], set(PARAMS))
    weather_add = [t for t in TOOLS if t["function"]["name"] in ("get_weather", "add")]
    single = client.chat.completions.create(model="smol", tools=weather_add, tool_choice="required", temperature=0,
                                            parallel_tool_calls=False, max_tokens=200,
                                            messages=[{"role": "user", "content": "Weather in Paris?"}])
    assert len(single.choices[0].message.tool_calls or []) == 1


def test_tool_choice_none_and_auto(client: openai.OpenAI) -> None:
    none = client.chat.completions.create(model="smol", tools=TOOLS, tool_choice="none", max_tokens=24,
                                          messages=[{"role": "user", "content": "Say hello."}])
    assert none.choices[0].message.tool_calls is None and none.choices[0].message.content
    assert none.choices[0].finish_reason in ("stop", "length")
    for temp, seed in ((0.0, 0), (1.0, 1), (1.0, 2)):
        auto = client.chat.completions.create(model="smol", tools=TOOLS[:2], tool_choice="auto", max_tokens=120,
                                              temperature=temp, seed=seed,
                                              messages=[{"role": "user", "content": "What is 2 plus 3?"}])
        msg = auto.choices[0].message
        if msg.tool_calls:  # a call, valid; or a plain reply that never opens one
            assert auto.choices[0].finish_reason == "tool_calls"
            _check_calls(msg.tool_calls, {"get_weather", "add"})
        else:
            assert msg.content and not msg.content.startswith("<tool_call>")


def test_tool_results_render_in_the_next_turn(client: openai.OpenAI) -> None:
    """An assistant tool call and its `role: "tool"` result go back in; the model answers from them."""
    first = client.chat.completions.create(
        model="smol", tools=TOOLS[:1], max_tokens=100, temperature=0,
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
        messages=[{"role": "user", "content": "Weather in Paris?"}])
    call = (first.choices[0].message.tool_calls or [])[0]
    history: list[Any] = [{"role": "user", "content": "Weather in Paris?"}, first.choices[0].message,
                          {"role": "tool", "tool_call_id": call.id, "content": '{"temperature_c": 21, "sky": "sunny"}'}]
    second = client.chat.completions.create(model="smol", tools=TOOLS[:1], max_tokens=30, temperature=0,
                                            tool_choice="none", messages=history)
    assert second.choices[0].message.content and second.choices[0].message.tool_calls is None


def test_pii_request_with_tools_is_served_locally(client: openai.OpenAI, upstream: UpstreamControl) -> None:
    """Compliance path: personal data + tools may not leave the machine, and the local route serves it."""
    hits = upstream.hits
    lookup = [t for t in TOOLS if t["function"]["name"] == "lookup_patient"]
    raw = client.chat.completions.with_raw_response.create(
        model="auto", tools=lookup, tool_choice="required", max_tokens=MAX_TOKENS, temperature=0,
        messages=[{"role": "user", "content": "Pull allergies for patient John Smith, born 1980-04-12, "
                                              "SSN 123-45-6789, phone 415-555-0199."}])
    assert raw.headers["x-hybridgate-route"] == "smol" and raw.headers["x-hybridgate-backend"] == "local"
    out = raw.parse()
    _check_calls(out.choices[0].message.tool_calls or [], {"lookup_patient"})
    assert upstream.hits == hits
