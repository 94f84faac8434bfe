"""Per-route request shaping and capability routing, without a server: sampling defaults fill only
what the client left out, max_output_tokens clamps, routes lacking a capability are skipped."""

from __future__ import annotations

from typing import Any

import pytest

from gateway.backends import BackendCall
from gateway.policy import Policy, RequestFacts, decide
from gateway.policy.capabilities import LOCAL_CAPABILITIES, required_capabilities, route_capabilities
from gateway.protocol import ChatCompletionRequest, CompletionRequest
from gateway.signals.types import ComplexityResult, PiiEntity, PiiResult, Signals

CHAT = {"model": "auto", "messages": [{"role": "user", "content": "hi"}]}
IMAGE = {"model": "auto", "messages": [{"role": "user", "content": [
    {"type": "text", "text": "what is this?"},
    {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}]}]}


def _policy(**local: Any) -> Policy:
    return Policy.model_validate({
        "default_route": "local",
        "routes": {"local": {"backend": "local", "model": "smollm2-135m-instruct", "fallbacks": ["cloud"], **local},
                   "cloud": {"backend": "litellm", "model": "openai/gpt-4o-mini"},
                   "text-cloud": {"backend": "litellm", "model": "openai/x", "capabilities": ["logprobs"]}},
        "rules": [{"name": "pii-local", "compliance": True, "when": {"pii": {"detected": True}}, "route": "local"},
                  {"name": "images-cloud", "when": {"capabilities": ["vision"]}, "route": "text-cloud"}],
    })


def _facts(body: dict[str, Any], pii: bool = False, requested: str | None = None) -> RequestFacts:
    req = ChatCompletionRequest.model_validate(body)
    signals = Signals(PiiResult(pii, (PiiEntity("PERSON", 1, 0.9),) if pii else ()),
                      ComplexityResult(0.1, "low"), 10)  # type: ignore[arg-type]
    return RequestFacts(signals, 10, requested, needs=frozenset(required_capabilities(req)))


def test_defaults_fill_only_what_the_client_left_out() -> None:
    route = _policy(sampling={"temperature": 0.2, "top_k": 40, "repeat_penalty": 1.1, "max_tokens": 120}).routes["local"]
    call = BackendCall.from_request(ChatCompletionRequest.model_validate(CHAT), route)
    assert (call.temperature, call.top_k, call.repeat_penalty, call.max_tokens) == (0.2, 40, 1.1, 120)
    assert set(call.defaulted) == {"temperature", "top_k", "repeat_penalty", "max_tokens"}
    mine = BackendCall.from_request(ChatCompletionRequest.model_validate(
        {**CHAT, "temperature": 0.9, "top_k": 5, "repetition_penalty": 1.3, "max_completion_tokens": 7}), route)
    assert (mine.temperature, mine.top_k, mine.repeat_penalty, mine.max_tokens) == (0.9, 5, 1.3, 7)
    assert mine.defaulted == ()


def test_completions_default_max_tokens_is_the_routes_unless_the_client_sent_one() -> None:
    route = _policy(sampling={"max_tokens": 64}).routes["local"]
    assert BackendCall.from_request(CompletionRequest.model_validate({"model": "m", "prompt": "x"}), route).max_tokens == 64
    assert BackendCall.from_request(CompletionRequest.model_validate({"model": "m", "prompt": "x"})).max_tokens == 16
    sent = CompletionRequest.model_validate({"model": "m", "prompt": "x", "max_tokens": 16})
    assert BackendCall.from_request(sent, route).max_tokens == 16


def test_max_output_tokens_clamps_every_request() -> None:
    route = _policy(max_output_tokens=50, sampling={"max_tokens": 200}).routes["local"]
    assert BackendCall.from_request(ChatCompletionRequest.model_validate(CHAT), route).max_tokens == 50
    big = ChatCompletionRequest.model_validate({**CHAT, "max_tokens": 10_000})
    assert BackendCall.from_request(big, route).max_tokens == 50
    small = ChatCompletionRequest.model_validate({**CHAT, "max_tokens": 5})
    assert BackendCall.from_request(small, route).max_tokens == 5


def test_capabilities_derive_from_the_backend_and_the_policy_overrides() -> None:
    p = _policy()
    assert route_capabilities(p.routes["local"]) == LOCAL_CAPABILITIES == {"logprobs", "tools", "json_schema"}
    assert route_capabilities(p.routes["cloud"]) == {"vision", "tools", "json_schema", "logprobs"}
    assert route_capabilities(p.routes["text-cloud"]) == {"logprobs"}
    assert route_capabilities(_policy(capabilities=["vision", "logprobs"]).routes["local"]) == {"vision", "logprobs"}


@pytest.mark.parametrize(("extra", "needs"), [
    ({"tools": [{"type": "function", "function": {"name": "f"}}]}, {"tools": "tools"}),
    ({"tools": [{"type": "function", "function": {"name": "f"}}], "tool_choice": "none"}, {}),
    ({"response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {}}}},
     {"json_schema": "response_format"}),
    ({"response_format": {"type": "text"}}, {}),
    ({"logprobs": True, "top_logprobs": 2}, {"logprobs": "logprobs"}),
])
def test_required_capabilities(extra: dict[str, Any], needs: dict[str, str]) -> None:
    assert required_capabilities(ChatCompletionRequest.model_validate({**CHAT, **extra})) == needs


def test_an_image_skips_the_text_only_route_for_the_next_candidate() -> None:
    d = decide(_policy(), _facts(IMAGE, requested="local"), {"local", "cloud", "text-cloud"})
    assert d.route == "cloud" and d.lacking == {"local": ("vision",)} and "local lacks vision" in d.reason


def test_a_rule_can_match_on_capabilities() -> None:
    p = _policy()
    d = decide(p, _facts(IMAGE), {"local", "cloud", "text-cloud"})
    # the rule matched, but its route lacks vision too: the default's chain (local -> cloud) serves it
    assert d.rule == "images-cloud" and d.route == "cloud" and "text-cloud" in d.lacking


def test_pii_with_an_image_has_no_route_and_says_why() -> None:
    d = decide(_policy(), _facts(IMAGE, pii=True, requested="cloud"), {"local", "cloud", "text-cloud"})
    assert d.compliance and d.lacking == {"local": ("vision",)}  # never cloud: compliance keeps it local
    assert d.fallbacks == []


def test_policy_rejects_bad_capabilities_and_overflow_settings() -> None:
    with pytest.raises(ValueError, match="capabilities"):
        _policy(capabilities=["vision", "telepathy"])
    with pytest.raises(ValueError, match="on_context_overflow.route"):
        _policy(on_context_overflow={"route": "nowhere"})
    with pytest.raises(ValueError, match="local routes"):
        Policy.model_validate({"default_route": "c", "routes": {
            "c": {"backend": "litellm", "model": "openai/x", "on_context_overflow": "truncate"}}})
    assert _policy(on_context_overflow={"route": "cloud"}).routes["local"].on_context_overflow.route == "cloud"


def test_a_default_stop_applies_only_without_the_clients() -> None:
    route = _policy(sampling={"stop": ["\nQuestion:"]}).routes["local"]
    assert BackendCall.from_request(CompletionRequest.model_validate({"model": "m", "prompt": "x"}), route).stop == \
        ["\nQuestion:"]
    mine = CompletionRequest.model_validate({"model": "m", "prompt": "x", "stop": "END"})
    assert BackendCall.from_request(mine, route).stop == ["END"]
