"""Chat on a local model without a chat template (Gemma 3 270M is a base model), and templates
that refuse the conversation: a clear OpenAI 400, never a 500, through the real gateway."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest
from upstream import ServerThread

from gateway.app import create_app
from gateway.settings import ServerSettings
from local_engine.chat_template import ChatTemplate

pytestmark = pytest.mark.realmodel
KEY = "template-key"
POLICY = """\
version: 1
default_route: chat
routes:
  base:
    backend: local
    model: {gemma}
    n_ctx: 256
    max_batch: 2
    price: {{input_per_1k_usd: 0.0001, output_per_1k_usd: 0.0002}}
  chat:
    backend: local
    model: {smollm2}
    n_ctx: 256
    max_batch: 2
    price: {{input_per_1k_usd: 0.0001, output_per_1k_usd: 0.0002}}
rules: []
"""
SAY = [{"role": "user", "content": "Say hello"}]


@pytest.fixture(scope="module")
def gateway(gemma3_path: Path, smollm2_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp = tmp_path_factory.mktemp("template")
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY.format(gemma=gemma3_path, smollm2=smollm2_path))
    app = create_app(ServerSettings(policy_path=policy, ledger_url=f"sqlite:///{tmp / 'ledger.db'}", api_keys=[KEY]))
    server = ServerThread(app).start(timeout_s=300)
    server.app = app  # type: ignore[attr-defined]
    yield server
    server.stop()


@pytest.fixture()
def client(gateway: Any) -> openai.OpenAI:
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=KEY, max_retries=0, timeout=120)


@pytest.mark.parametrize("stream", [False, True])
def test_chat_to_a_base_model_is_400_pointing_at_completions(client: openai.OpenAI, gemma3_path: Path,
                                                             stream: bool) -> None:
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(model="base", messages=SAY, max_tokens=2, stream=stream)
    err = info.value.body
    assert err["type"] == "invalid_request_error" and err["code"] == "no_chat_template"  # type: ignore[index]
    assert err["param"] == "model"  # type: ignore[index]
    assert gemma3_path.name in info.value.message and "/v1/completions" in info.value.message


def test_the_base_model_still_completes(client: openai.OpenAI) -> None:
    out = client.completions.create(model="base", prompt="The capital of France is", max_tokens=2)
    assert out.usage is not None and out.usage.completion_tokens >= 1


def test_a_template_that_refuses_the_conversation_is_400(client: openai.OpenAI, gateway: Any) -> None:
    engine = gateway.app.state.gateway.registry.get("chat").backend.runtime.engine
    original = engine.apply_chat_template(SAY)  # compiles the model's own template
    saved, engine._chat_template = engine._chat_template, ChatTemplate(
        "{% if messages[0]['role'] != 'system' %}{{ raise_exception('a system message must come first') }}"
        "{% endif %}{{ messages[0]['content'] }}")
    try:
        with pytest.raises(openai.BadRequestError) as info:
            client.chat.completions.create(model="chat", messages=SAY, max_tokens=2)
    finally:
        engine._chat_template = saved
    err = info.value.body
    assert err["code"] == "chat_template_error" and err["param"] == "messages"  # type: ignore[index]
    assert "a system message must come first" in info.value.message and "chat" in info.value.message
    assert engine.apply_chat_template(SAY) == original
    out = client.chat.completions.create(model="chat", messages=SAY, max_tokens=2)
    assert out.choices[0].message.role == "assistant"
