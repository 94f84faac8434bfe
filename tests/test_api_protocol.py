"""Wire schema, error mapping and API-key checks, without a server."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from gateway import errors
from gateway.keys import KeyRing, bearer_token, is_admin
from gateway.backends.base import BackendCall
from gateway.ledger.records import hash_client_key
from gateway.protocol import ChatCompletionRequest, CompletionRequest

CHAT = {"model": "auto", "messages": [{"role": "user", "content": "hi"}]}


def _invalid(body: dict) -> errors.InvalidRequest:
    with pytest.raises(ValidationError) as info:
        ChatCompletionRequest.model_validate(body)
    return errors.from_validation(info.value.errors())


def test_unknown_openai_fields_are_accepted_and_passed_through() -> None:
    req = ChatCompletionRequest.model_validate({**CHAT, "parallel_tool_calls": False, "service_tier": "auto",
                                                "response_format": {"type": "json_object"}, "max_tokens": 5})
    call = BackendCall.from_request(req)
    assert call.extra == {"parallel_tool_calls": False, "service_tier": "auto",
                          "response_format": {"type": "json_object"}}
    assert call.max_tokens == 5 and call.messages == [{"role": "user", "content": "hi"}]


@pytest.mark.parametrize(("body", "param"), [
    ({**CHAT, "n": 0}, "n"),
    ({**CHAT, "n": 129}, "n"),
    ({**CHAT, "top_k": -2}, "top_k"),
    ({**CHAT, "min_p": 1.5}, "min_p"),
    ({**CHAT, "top_logprobs": 21}, "top_logprobs"),
    ({"model": "auto"}, "messages"),
    ({**CHAT, "messages": [{"role": "robot", "content": "x"}]}, "messages.0.role"),
    ({**CHAT, "temperature": 3}, "temperature"),
    ({**CHAT, "max_tokens": 0}, "max_tokens"),
])
def test_bad_bodies_name_their_param(body: dict, param: str) -> None:
    err = _invalid(body)
    assert err.status == 400 and err.param == param
    assert err.body()["error"]["type"] == "invalid_request_error"


def test_max_completion_tokens_is_the_output_limit() -> None:
    req = ChatCompletionRequest.model_validate({**CHAT, "max_completion_tokens": 7})
    assert req.output_limit() == 7
    assert _invalid({**CHAT, "max_tokens": 3, "max_completion_tokens": 7}).status == 400


def test_completion_prompt_forms() -> None:
    assert CompletionRequest.model_validate({"model": "m", "prompt": ["one"]}).prompt_text() == "one"
    assert CompletionRequest.model_validate({"model": "m", "prompt": "x"}).max_tokens == 16
    with pytest.raises(ValidationError):
        CompletionRequest.model_validate({"model": "m", "prompt": ["a", "b"]})


def test_completion_max_tokens_0_only_with_echo() -> None:
    """max_tokens 0 asks for the prompt back (scored, with logprobs: lm-evaluation-harness's
    log-likelihood requests); without echo it asks for nothing at all."""
    req = CompletionRequest.model_validate({"model": "m", "prompt": "x", "max_tokens": 0, "echo": True, "logprobs": 1})
    assert BackendCall.from_request(req).max_tokens == 0
    with pytest.raises(errors.InvalidRequest) as info:
        CompletionRequest.model_validate({"model": "m", "prompt": "x", "max_tokens": 0})
    assert info.value.status == 400 and info.value.param == "max_tokens"


def test_legacy_logprobs_of_an_echoed_prompt() -> None:
    """Prompt tokens sit where their offsets say (a BOS takes no characters); generated tokens end
    where the text ends; the first prompt token's entries are null, as OpenAI's."""
    from gateway.backends.base import LogprobAlternative, LogprobToken
    from gateway.responses import completion_logprobs

    prompt = [LogprobToken("<s>", None, top=None, offset=0), LogprobToken("Hi", -1.0, offset=0),
              LogprobToken(" there", -2.0, top=[LogprobAlternative(" you", -0.5)], offset=2)]
    out = completion_logprobs([*prompt, LogprobToken("!", -0.1)], 5, "Hi there!")
    assert out["text_offset"] == [5, 5, 7, 13]
    assert out["token_logprobs"] == [None, -1.0, -2.0, -0.1]
    assert out["top_logprobs"] == [None, {}, {" you": -0.5}, {}]


@pytest.mark.parametrize(("exc", "status", "code"), [
    (errors.InvalidRequest("x"), 400, None),
    (errors.AuthenticationFailed(), 401, "invalid_api_key"),
    (errors.PermissionDenied("x"), 403, "policy_rejected"),
    (errors.NotFound("x"), 404, "model_not_found"),
    (errors.PayloadTooLarge("x"), 413, "request_too_large"),
    (errors.RateLimited("x"), 429, "rate_limit_exceeded"),
    (errors.BudgetExceededError("x"), 429, "budget_exceeded"),
    (errors.UpstreamRateLimited("x"), 429, "upstream_rate_limited"),
    (errors.ServiceUnavailable("x", 2.4), 503, "service_unavailable"),
    (errors.UpstreamError("x"), 502, "bad_gateway"),
    (errors.UpstreamTimeout("x"), 504, "gateway_timeout"),
])
def test_errors_map_to_openai_json(exc: errors.GatewayError, status: int, code: str | None) -> None:
    resp = exc.response({"x-hybridgate-mode": "hybrid"})
    body = json.loads(resp.body)
    assert resp.status_code == status
    assert set(body["error"]) == {"message", "type", "param", "code"} and body["error"]["code"] == code
    assert resp.headers["x-hybridgate-mode"] == "hybrid"
    if status == 503:
        assert resp.headers["retry-after"] == "2"


def test_keyring_checks_bearer_keys_and_hashes_them() -> None:
    ring = KeyRing(["k1", "k2"])
    assert ring.check("Bearer k2").key_id == hash_client_key("k2")
    for bad in (None, "Bearer nope", "Basic k1", "k1"):
        with pytest.raises(errors.AuthenticationFailed):
            ring.check(bad)
    assert KeyRing([], enabled=False).check(None).key_id is None
    assert bearer_token("bearer  abc ") == "abc"


def test_admin_needs_a_configured_admin_key() -> None:
    assert is_admin("Bearer root", "root") and not is_admin("Bearer x", "root")
    assert not is_admin("Bearer root", None)
