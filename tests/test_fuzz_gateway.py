"""Property-based fuzzing of the real gateway over HTTP (issue 11).

Thousands of generated bodies, valid-ish and hostile (every field type-swapped, NaN/inf, huge and
negative numbers, lone surrogates, deep nesting, oversized arrays, raw garbage), go to the real
app under the uvicorn configuration `hybridgate serve` uses. Properties: never a 5xx, never a
hang, every answer OpenAI-shaped (error JSON, completion object, or SSE chunks ending in [DONE] or
an error event), and afterwards: the engine still serves, every request (all authenticated) has
exactly one ledger row, and no budget reservation is left.

Most cases take fast paths (400s; the fake remote upstream); the local route caps output at two
tokens so the ones that reach the engine stay cheap. HG_FUZZ_EXAMPLES scales the run (default
2000 cases over the three tests).
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from upstream import ServerThread, UpstreamControl, build_upstream

from gateway.app import create_app
from gateway.settings import ServerSettings

pytestmark = pytest.mark.realmodel

KEY = "fuzz-key"
EXAMPLES = int(os.environ.get("HG_FUZZ_EXAMPLES", "2000"))
POLICY = """\
version: 1
mode: hybrid
default_route: remote
routes:
  local:
    backend: local
    model: {model}
    n_ctx: 256
    max_batch: 4
    max_queue: 16
    max_output_tokens: 2
    price: {{input_per_1k_usd: 0.01, output_per_1k_usd: 0.01}}
  remote:
    backend: litellm
    model: openai/fuzz-model
    api_base: {upstream}/v1
    timeout_s: 10
    max_retries: 0
    price: {{input_per_1k_usd: 0.001, output_per_1k_usd: 0.002}}
rules: []
budgets:
  - name: everything
    limit_usd: 1000000
"""
ALLOWED = {200, 400, 403, 404, 413, 429}


def fuzz(share: float) -> settings:
    return settings(max_examples=max(1, int(EXAMPLES * share)), deadline=None, database=None,
                    suppress_health_check=list(HealthCheck), print_blob=True)


class Session:
    """The server, one keep-alive client, and every request id it answered."""

    def __init__(self, url: str, app: Any, db: Path) -> None:
        self.url, self.app, self.db = url, app, db
        self.client = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {KEY}"}, timeout=30)
        self.ids: list[str] = []
        self.statuses: dict[int, int] = {}

    def send(self, path: str, content: bytes) -> None:
        try:
            with self.client.stream("POST", path, content=content,
                                    headers={"content-type": "application/json"}) as r:
                raw = r.read()
        except httpx.TimeoutException as exc:  # never a hang
            raise AssertionError(f"{path} hung on {content[:300]!r}") from exc
        self.statuses[r.status_code] = self.statuses.get(r.status_code, 0) + 1
        assert r.status_code in ALLOWED, (r.status_code, raw[:500], content[:500])
        assert "x-request-id" in r.headers, (r.status_code, raw[:300])
        self.ids.append(r.headers["x-request-id"])
        if r.status_code != 200:
            _error_shape(json.loads(raw))
        elif r.headers["content-type"].startswith("text/event-stream"):
            _stream_shape(raw.decode())
        else:
            _completion_shape(json.loads(raw))


def _error_shape(body: Any) -> None:
    assert set(body) == {"error"}, body
    err = body["error"]
    assert set(err) == {"message", "type", "param", "code"} and isinstance(err["message"], str), err
    assert isinstance(err["type"], str) and (err["param"] is None or isinstance(err["param"], str)), err


def _completion_shape(body: Any) -> None:
    assert body["object"] in ("chat.completion", "text_completion"), body
    assert isinstance(body["id"], str) and isinstance(body["created"], int) and body["choices"], body
    for c in body["choices"]:
        assert "finish_reason" in c and ("message" in c or "text" in c), c
    usage = body["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] >= 0


def _stream_shape(text: str) -> None:
    events = [line[6:] for line in text.split("\n") if line.startswith("data: ")]
    assert events, text[:300]
    for data in events[:-1]:
        chunk = json.loads(data)
        assert chunk["object"] in ("chat.completion.chunk", "text_completion"), chunk
        assert isinstance(chunk["choices"], list)
    last = events[-1]
    if last != "[DONE]":
        _error_shape(json.loads(last))


@pytest.fixture(scope="module")
def session(smollm2_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    upstream = ServerThread(build_upstream(UpstreamControl())).start()
    tmp = tmp_path_factory.mktemp("fuzz")
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY.format(model=smollm2_path, upstream=upstream.url))
    gw_settings = ServerSettings(policy_path=policy, ledger_url=f"sqlite:///{tmp / 'ledger.db'}", api_keys=[KEY],
                                 max_body_bytes=256 * 1024)
    app = create_app(gw_settings)
    server = ServerThread(app, settings=gw_settings).start(timeout_s=300)
    s = Session(server.url, app, tmp / "ledger.db")
    yield s
    s.client.close()
    server.stop()
    upstream.stop()


# --- strategies --------------------------------------------------------------------------------------

surrogates = st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3)
texts = st.text(max_size=30) | surrogates | st.builds(lambda a, s: a + s, st.text(max_size=5), surrogates)
numbers = (st.integers(-5, 5) | st.integers(-(2**70), 2**70) | st.floats(allow_nan=True, allow_infinity=True)
           | st.sampled_from([-1, 0, 2**31, 2**63, 2**64 - 1, 2**64, 10**30, 1e30, 1e308, -1e308]))
scalars = st.none() | st.booleans() | numbers | texts
json_values = st.recursive(scalars, lambda c: st.lists(c, max_size=4) | st.dictionaries(texts, c, max_size=4),
                           max_leaves=12)


def _nest(depth: int, leaf: Any) -> Any:
    for i in range(depth):
        leaf = [leaf] if i % 2 else {"a": leaf}
    return leaf


deep = st.builds(_nest, st.integers(30, 400), scalars)
big_arrays = st.builds(lambda n, v: [v] * n, st.integers(100, 5000), scalars)
hostile = json_values | deep | big_arrays


def field(plausible: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a plausible value, sometimes anything at all."""
    return st.one_of(plausible, plausible, hostile)


clean = st.text(st.characters(codec="utf-8"), max_size=30)
words = st.text(st.characters(codec="ascii", categories=["L", "Zs"]), min_size=1, max_size=25)
models = st.sampled_from(["auto", "remote", "remote", "remote", "local", "no-such-route"])
parts = st.lists(st.fixed_dictionaries({"type": st.sampled_from(["text", "image_url", "input_text"]) | texts},
                                       optional={"text": field(texts), "image_url": json_values}), max_size=3)
good_messages = st.lists(st.fixed_dictionaries({"role": st.sampled_from(["user", "system", "assistant"]),
                                                "content": words}), min_size=1, max_size=3).map(
    lambda ms: [*ms, {"role": "user", "content": "Hi"}])
messages = st.lists(st.fixed_dictionaries(
    {"role": st.sampled_from(["user", "user", "system", "assistant", "tool", "robot"]) | texts,
     "content": field(texts | parts)},
    optional={"name": field(texts), "tool_calls": json_values, "tool_call_id": field(texts)}), max_size=4)
# Values a well-behaved client sends: a request made only of these should be served.
GOOD = {
    "stream": st.booleans(),
    "stream_options": st.fixed_dictionaries({"include_usage": st.booleans()}),
    "n": st.integers(1, 2),
    "stop": words | st.lists(words, max_size=3),
    "max_tokens": st.integers(1, 6),
    "temperature": st.floats(0, 2),
    "top_p": st.floats(0.05, 1),
    "seed": st.integers(-1, 2**64 - 1),
    "user": clean,
    "presence_penalty": st.floats(-2, 2),
    "frequency_penalty": st.floats(-2, 2),
    "logit_bias": st.dictionaries(st.integers(0, 40_000).map(str), st.floats(-100, 100), max_size=3),
    "metadata": st.dictionaries(words, words, max_size=3),
    "top_k": st.integers(0, 50),
    "min_p": st.floats(0, 1),
    "repeat_penalty": st.floats(0.5, 2),
    "logprobs": st.booleans(),
    "top_logprobs": st.integers(0, 5),
}
# The same fields as a sloppy or hostile client sends them.
ANY = {
    **{k: field(v) for k, v in GOOD.items()},
    "n": field(st.integers(-1, 5)), "max_tokens": field(st.integers(-2, 10)), "seed": field(st.integers(-3, 2**65)),
    "temperature": field(st.floats(-1, 3)), "top_p": field(st.floats(-0.5, 1.5)), "top_k": field(st.integers(-2, 60)),
    "logit_bias": field(st.dictionaries(st.integers(-5, 100_000).map(str) | texts, st.floats(-150, 150), max_size=3)),
}
CHAT_EXTRA = {"max_completion_tokens": field(st.integers(-1, 8)), "tools": field(st.lists(json_values, max_size=2)),
              "tool_choice": json_values,
              "response_format": field(st.fixed_dictionaries({"type": st.sampled_from(["text", "json_object"])}))}
prompts = texts.filter(bool) | st.lists(texts, min_size=1, max_size=2) | st.lists(st.integers(-2, 60_000), max_size=8)
good_prompts = words | st.lists(words, min_size=1, max_size=1) | st.lists(st.integers(0, 40_000), min_size=1,
                                                                           max_size=8)


def _mutated(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    return {**base, **changes}


def bodies(required: dict[str, st.SearchStrategy[Any]], good: dict[str, st.SearchStrategy[Any]],
           anything: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """Valid-ish requests (should be served), the same with one or two fields swapped for hostile
    values, and bodies where any field may be anything."""
    valid = st.fixed_dictionaries(required, optional=good)
    names = st.sampled_from(sorted({*required, *anything}))  # a key a mutation replaces
    return st.one_of(
        valid,
        st.builds(_mutated, valid, st.dictionaries(names, hostile, min_size=1, max_size=2)),
        st.fixed_dictionaries({k: anything.get(k, field(v)) for k, v in required.items()},
                              optional={k: v for k, v in anything.items() if k not in required}),
    )


chat_bodies = bodies({"model": models, "messages": good_messages}, GOOD,
                     {**ANY, **CHAT_EXTRA, "messages": field(messages), "model": field(models | texts)})
completion_bodies = bodies({"model": models, "prompt": good_prompts}, {**GOOD, "echo": st.booleans()},
                           {**ANY, "prompt": field(prompts), "echo": field(st.booleans()), "suffix": field(texts),
                            "model": field(models | texts)})


def _encode(body: Any) -> bytes:
    return json.dumps(body, allow_nan=True).encode()  # NaN/Infinity literals: what a sloppy client sends


# --- properties ----------------------------------------------------------------------------------------


@fuzz(0.45)
@given(body=chat_bodies)
def test_chat_bodies_never_break_the_gateway(session: Session, body: dict[str, Any]) -> None:
    session.send("/v1/chat/completions", _encode(body))


@fuzz(0.35)
@given(body=completion_bodies)
def test_completion_bodies_never_break_the_gateway(session: Session, body: dict[str, Any]) -> None:
    session.send("/v1/completions", _encode(body))


@fuzz(0.20)
@given(raw=st.binary(max_size=200) | json_values.map(_encode) | deep.map(_encode) | big_arrays.map(_encode),
       path=st.sampled_from(["/v1/chat/completions", "/v1/completions"]))
def test_raw_bodies_never_break_the_gateway(session: Session, raw: bytes, path: str) -> None:
    session.send(path, raw)


def test_afterwards_engine_serves_one_row_per_request_no_reservation(session: Session) -> None:
    """Runs last in this module: the ledger and the engine after everything above."""
    r = session.client.post("/v1/chat/completions", json={"model": "local", "max_tokens": 2,
                                                         "messages": [{"role": "user", "content": "Hi"}]})
    assert r.status_code == 200, r.text
    session.ids.append(r.headers["x-request-id"])
    assert len(session.ids) >= EXAMPLES // 2, session.statuses  # the properties above really ran
    deadline = time.monotonic() + 10
    while True:
        with sqlite3.connect(session.db) as db:
            counts = dict(db.execute("SELECT id, COUNT(*) FROM ledger GROUP BY id").fetchall())
            reserved = db.execute("SELECT COUNT(*) FROM budget_reservations").fetchone()[0]
        missing = [i for i in session.ids if i not in counts]
        if not missing or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert not missing, f"{len(missing)} requests without a ledger row"
    assert all(counts[i] == 1 for i in session.ids) and len(counts) == len(set(session.ids)) == len(session.ids)
    assert reserved == 0
    print(f"fuzz: {len(session.ids)} requests, statuses {dict(sorted(session.statuses.items()))}")
