"""Every byte a remote route receives was scanned: PII anywhere in a request never leaves unmasked.

The real gateway (uvicorn) serves a remote route through litellm to a fake upstream on 127.0.0.1
that records every byte it receives (tests/upstream.py), an Anthropic-protocol route through
litellm's `anthropic/` provider to a fake Messages API, and a local route on the real SmolLM2
engine. The policy pseudonymizes e-mail addresses and names, redacts phone numbers and IBANs,
rejects card numbers and keeps everything else local. A property test puts a PII value at a
random JSON path of a random valid request: it is served locally, or refused, or the value and
its variants never appear in what the upstream received.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ledger_rows import ledger_row
from upstream import ServerThread, UpstreamControl, build_anthropic_upstream, build_upstream

from gateway.app import create_app
from gateway.settings import ServerSettings
from gateway.signals.outgoing import GATEWAY_FIELDS

pytestmark = pytest.mark.realmodel
KEY = "egress-key"
POLICY = """\
version: 1
mode: hybrid
default_route: remote
routes:
  local:
    backend: local
    model: {model}
    n_ctx: 512
    max_batch: 4
    max_queue: 32
  remote:
    backend: litellm
    model: openai/fake-model
    api_base: {upstream}/v1
    timeout_s: 10
    max_retries: 1
  claude:
    backend: litellm
    model: anthropic/claude-test
    api_base: {anthropic}
    timeout_s: 10
    max_retries: 1
rules:
  - name: pii-stays-local
    compliance: true
    when: {{pii: {{detected: true}}}}
    route: local
signals:
  pii:
    actions:
      EMAIL_ADDRESS: pseudonymize
      PERSON: pseudonymize
      PHONE_NUMBER: redact
      IBAN_CODE: redact
      CREDIT_CARD: reject
"""

# (value, the text it is embedded in: "{}" marks where; names need a cue to be names at all)
PII_VALUES: list[tuple[str, str]] = [
    ("jane.roe.4412@example.org", "{}"),
    ("m.okafor@clinic-north.co.uk", "write to {} today"),
    ("(415) 479-0132 x1234", "call {}"),
    ("+44 20 7183 0958", "{}"),
    ("212-479-0199", "phone: {}"),
    ("4111 1111 1111 1111", "card {}"),
    ("GB82 WEST 1234 5698 7654 32", "{}"),
    ("536-22-8791", "SSN {}"),
    ("078-05-1120", "my ssn is {}"),
    ("03/14/1987", "date of birth {}"),
    ("Julie Hart", "Dear {},"),
    ("Priya Raman", "my sister {} lives there"),
    ("Tomasz Kowalczyk", "patient {} was admitted"),
]
WORDS = ["alpha", "river", "compute", "the", "quick", "summary", "blue", "table", "of", "graph", "seven",
         "weather", "report", "list", "and", "plan", "short", "item", "value", "north"]


def variants(value: str) -> list[str]:
    """The value as written, lower-cased, JSON-escaped, and with separators removed."""
    out = {value, value.lower(), json.dumps(value)[1:-1]}
    compact = re.sub(r"[\s\-().+]", "", value)
    if len(compact) >= 7:
        out.add(compact)
    return sorted(out)


def leaked(value: str, received: list[bytes]) -> list[str]:
    """Variants of `value` found in the raw bytes, or in any JSON string once separators are gone."""
    found = []
    compact = re.sub(r"[\s\-().+]", "", value).lower()
    for raw in received:
        text = raw.decode("utf-8", "replace")
        found += [v for v in variants(value) if v in text]
        body = json.loads(raw.split(b"\n\n", 1)[1])
        for s in _all_strings(body):
            if len(compact) >= 7 and compact in re.sub(r"[\s\-().+]", "", s).lower():
                found.append(f"compact {compact} in {s[:40]!r}")
    return found


def _all_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _all_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _all_strings(v)
    elif isinstance(value, int) and not isinstance(value, bool):
        yield str(value)


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[ServerThread, UpstreamControl]]:
    control = UpstreamControl()
    server = ServerThread(build_upstream(control)).start()
    yield server, control
    server.stop()


@pytest.fixture(scope="module")
def anthropic() -> Iterator[tuple[ServerThread, UpstreamControl]]:
    control = UpstreamControl()
    server = ServerThread(build_anthropic_upstream(control)).start()
    yield server, control
    server.stop()


@pytest.fixture(scope="module")
def gateway(upstream: Any, anthropic: Any, smollm2_path: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[Any]:
    tmp = tmp_path_factory.mktemp("egress")
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY.format(model=smollm2_path, upstream=upstream[0].url, anthropic=anthropic[0].url))
    settings_ = ServerSettings(policy_path=policy, ledger_url=f"sqlite:///{tmp / 'ledger.db'}", api_keys=[KEY],
                               reload_interval_s=60)
    server = ServerThread(create_app(settings_)).start(timeout_s=300)
    server.db = tmp / "ledger.db"  # type: ignore[attr-defined]
    yield server
    server.stop()


@pytest.fixture()
def http(gateway: Any) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gateway.url, headers={"authorization": f"Bearer {KEY}"}, timeout=60) as client:
        yield client


# --- random valid requests -----------------------------------------------------------------------
text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
text_part = st.fixed_dictionaries({"type": st.just("text"), "text": text})
part = st.one_of(
    text_part, text_part, text_part,
    st.fixed_dictionaries({"type": st.just("image_url"),
                           "image_url": st.fixed_dictionaries({"url": text.map(lambda t: "https://img.example.com/"
                                                                              + t.replace(" ", "/") + ".png")})}),
)
message = st.fixed_dictionaries(
    {"role": st.sampled_from(["user", "system", "assistant"]),
     "content": st.one_of(text, st.lists(part, min_size=1, max_size=3))},
    optional={"name": st.sampled_from(["helper", "bot"]), "x_note": text},
).map(lambda m: m if m["role"] == "user" or isinstance(m["content"], str) else {**m, "content": "ok"})
tool = st.builds(lambda name, desc, enum: {"type": "function", "function": {
    "name": name, "description": desc,
    "parameters": {"type": "object", "properties": {"q": {"type": "string", "description": desc, "enum": enum}}}}},
    st.sampled_from(["lookup", "search"]), text, st.lists(text, min_size=1, max_size=2))
chat_request = st.fixed_dictionaries(
    {"model": st.sampled_from(["auto", "remote"]), "max_tokens": st.just(1),
     "messages": st.lists(message, min_size=1, max_size=3).map(lambda ms: [*ms, {"role": "user", "content": "go"}])},
    optional={
        "stream": st.booleans(), "user": text, "stop": st.lists(text, min_size=1, max_size=2),
        "tools": st.lists(tool, min_size=1, max_size=2),
        "response_format": text.map(lambda d: {"type": "json_schema", "json_schema": {
            "name": "out", "schema": {"type": "object", "description": d}}}),
        "prediction": text.map(lambda t: {"type": "content", "content": t}),
        "x_vendor_extension": st.fixed_dictionaries({"note": text, "tags": st.lists(text, max_size=2)}),
        "metadata": st.fixed_dictionaries({"purpose": text}),
    })
completion_request = st.fixed_dictionaries(
    {"model": st.sampled_from(["auto", "remote"]), "max_tokens": st.just(1), "prompt": text},
    optional={"user": text, "suffix": text, "stop": text, "x_vendor_extension": text})


def _slots(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], str]]:
    """Where a value can go: ("str", path) replaces/extends a string, ("key", path) adds a key to an object."""
    out: list[tuple[tuple[Any, ...], str]] = []
    if isinstance(value, str):
        out.append((path, "str"))
    elif isinstance(value, dict):
        out.append((path, "key"))
        for k, v in value.items():
            out += _slots(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _slots(v, (*path, i))
    return out


def _insert(body: dict[str, Any], path: tuple[Any, ...], how: str, snippet: str, mode: int) -> None:
    parent: Any = body
    for p in path[:-1]:
        parent = parent[p]
    if how == "key":
        target = parent[path[-1]] if path else body
        target[snippet] = snippet if mode % 2 else "x"  # as a key too, with its context: a bare date is no PII
        return
    old = parent[path[-1]]
    parent[path[-1]] = snippet if mode == 0 else (f"{old} {snippet}" if mode == 1 else f"{snippet} {old}")


@st.composite
def case(draw: st.DrawFn) -> tuple[str, dict[str, Any], str, str]:
    endpoint = draw(st.sampled_from(["chat", "chat", "chat", "completions"]))
    body = draw(chat_request if endpoint == "chat" else completion_request)
    if draw(st.integers(0, 3)):  # most requests need no remote-only capability, so local stays possible
        body.pop("tools", None)
        body.pop("response_format", None)
    value, template = draw(st.sampled_from(PII_VALUES))
    slots = _slots(body)
    path, how = slots[draw(st.integers(0, len(slots) - 1))]
    snippet = template.format(value)
    _insert(body, path, how, snippet, draw(st.integers(0, 2)))
    return endpoint, body, value, snippet


def _send(http: httpx.Client, endpoint: str, body: dict[str, Any]) -> httpx.Response:
    url = "/v1/chat/completions" if endpoint == "chat" else "/v1/completions"
    if body.get("stream") is True:
        with http.stream("POST", url, json=body) as resp:
            resp.read()
            return resp
    return http.post(url, json=body)


def test_pii_at_any_json_path_never_reaches_the_upstream(http: httpx.Client, upstream: Any) -> None:
    control = upstream[1]
    outcomes: Counter[str] = Counter()

    @settings(max_examples=500, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case())
    def check(c: tuple[str, dict[str, Any], str, str]) -> None:
        endpoint, body, value, snippet = c
        control.received.clear()
        resp = _send(http, endpoint, body)
        received = list(control.received)
        route = resp.headers.get("x-hybridgate-route")
        if resp.status_code == 200 and route == "remote":
            assert not leaked(value, received), (value, body, received)
            sent = json.loads(received[-1].split(b"\n\n", 1)[1])
            # exactly the client's fields (gateway-owned ones aside): nothing dropped, nothing added
            sent_keys, asked = set(sent) - {"model", "stream", "stream_options"}, set(body) - GATEWAY_FIELDS
            assert len(sent_keys) == len(asked) and asked - {snippet} <= sent_keys, (sent_keys, asked)
            outcomes["remote, masked"] += 1
        else:
            assert not received, (resp.status_code, route, body)
            outcomes["local" if resp.status_code == 200 else f"refused {resp.status_code}"] += 1

    check()
    assert sum(outcomes.values()) >= 500, outcomes
    assert outcomes["remote, masked"] >= 100 and outcomes["local"] >= 5, outcomes


def test_anthropic_protocol_route_is_scanned_too(http: httpx.Client, anthropic: Any) -> None:
    """The same property through litellm's Anthropic provider (another wire format: `system` and
    tool schemas move to other fields): whatever reaches the fake Messages API was scanned first."""
    control = anthropic[1]
    outcomes: Counter[str] = Counter()

    @settings(max_examples=120, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case())
    def check(c: tuple[str, dict[str, Any], str, str]) -> None:
        endpoint, body, value, _ = c
        body["model"] = "claude"
        control.received.clear()
        resp = _send(http, endpoint, body)
        received = list(control.received)
        assert not leaked(value, received), (value, body, received)
        route = resp.headers.get("x-hybridgate-route")
        outcomes[f"{route} {resp.status_code}" if received else ("local" if route == "local" else "refused")] += 1

    check()
    assert outcomes["claude 200"] >= 30, outcomes


@pytest.mark.parametrize("stream", [False, True])
def test_anthropic_route_pseudonymizes_and_restores(http: httpx.Client, anthropic: Any, stream: bool) -> None:
    """System prompt, user text and a tool description carry PII; the Messages API sees placeholders
    and masks only, the client reads the originals."""
    control = anthropic[1]
    control.received.clear()
    tool = {"type": "function", "function": {"name": "lookup", "description": "find Julie Hart's file",
                                             "parameters": {"type": "object", "properties": {}}}}
    body = {"model": "claude", "stream": stream, "tools": [tool], "messages": [
        {"role": "system", "content": "Be brief, Julie Hart."},
        {"role": "user", "content": ROUND_TRIP + ", phone 212-479-0199"}]}
    answer, headers = _chat_answer(http, body, stream)
    assert headers["x-hybridgate-route"] == "claude"
    (raw,) = control.received
    assert raw.startswith(b"POST /v1/messages") and b"anthropic-version" in raw
    for value in ("jane.roe.4412@example.org", "Julie Hart", "212-479-0199"):
        assert not leaked(value, [raw]), value
    sent = json.loads(raw.split(b"\n\n", 1)[1])
    assert "<PERSON_" in json.dumps(sent["system"]) and "<PERSON_" in sent["tools"][0]["description"]
    assert "<PHONE_NUMBER>" in json.dumps(sent["messages"])
    assert answer == "echo: " + ROUND_TRIP + ", phone <PHONE_NUMBER>"  # placeholders restored, masks stay


# --- pseudonymization round trip -----------------------------------------------------------------
ROUND_TRIP = "Email jane.roe.4412@example.org and Dear Julie Hart, then again jane.roe.4412@example.org"


def _chat_answer(http: httpx.Client, body: dict[str, Any], stream: bool) -> tuple[str, httpx.Headers]:
    """The assistant text of a chat completion (streamed deltas joined) and the response headers."""
    if not stream:
        resp = http.post("/v1/chat/completions", json=body)
        return resp.json()["choices"][0]["message"]["content"], resp.headers
    with http.stream("POST", "/v1/chat/completions", json=body) as resp:
        lines = [ln for ln in resp.iter_lines() if ln.startswith("data: {")]
    answer = "".join((json.loads(ln[6:])["choices"] or [{}])[0].get("delta", {}).get("content") or "" for ln in lines)
    return answer, resp.headers


@pytest.mark.parametrize("stream", [False, True])
def test_pseudonyms_round_trip(http: httpx.Client, gateway: Any, upstream: Any, stream: bool,
                               caplog: pytest.LogCaptureFixture) -> None:
    """Upstream sees placeholders only (the same value, the same placeholder); the client gets the
    originals back, also when a placeholder is cut across stream chunks; ledger and logs hold neither."""
    control = upstream[1]
    control.received.clear()
    control.stream_chunk_chars = 3 if stream else 0
    body = {"model": "remote", "messages": [{"role": "system", "content": "Be brief, Julie Hart."},
                                            {"role": "user", "content": ROUND_TRIP}], "stream": stream}
    try:
        with caplog.at_level(logging.DEBUG):
            answer, headers = _chat_answer(http, body, stream)
    finally:
        control.stream_chunk_chars = 0
    assert headers["x-hybridgate-route"] == "remote"
    sent = json.loads(control.received[-1].split(b"\n\n", 1)[1])
    user = sent["messages"][1]["content"]
    assert "jane.roe" not in str(control.received) and "Julie" not in str(control.received)
    match = re.fullmatch(r"Email (<EMAIL_ADDRESS_\d>) and Dear (<PERSON_\d>), then again \1", user)
    assert match, user
    assert sent["messages"][0]["content"] == f"Be brief, {match.group(2)}."
    assert answer == "echo: " + ROUND_TRIP  # the upstream echoed placeholders; the client reads originals
    row = ledger_row(gateway.db, headers["x-request-id"])
    assert "jane.roe" not in str(row) and "Julie" not in str(row) and "<EMAIL" not in str(row)
    assert row["pii_entities"] and "EMAIL_ADDRESS" in row["pii_entities"]
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "jane.roe" not in logged and "Julie" not in logged and "<EMAIL_ADDRESS_" not in logged
    assert re.search(r'hybridgate_remote_calls_total\{mode="hybrid",route="remote"\} [1-9]', http.get("/metrics").text)


def test_explain_shows_actions_per_type_without_values(http: httpx.Client) -> None:
    body = {"model": "auto", "messages": [{"role": "user", "content": ROUND_TRIP + " call 212-479-0199"}]}
    resp = http.post("/v1/route/explain", json=body)
    out = resp.json()
    assert out["pii"]["actions"] == {"EMAIL_ADDRESS": "pseudonymize", "PERSON": "pseudonymize",
                                     "PHONE_NUMBER": "redact"}
    assert {e["type"]: e["count"] for e in out["pii"]["entities"]}["EMAIL_ADDRESS"] == 2
    assert out["route"] == "remote" and "jane" not in resp.text and "479-0199" not in resp.text


def test_rejected_entity_is_403_and_recorded(http: httpx.Client, gateway: Any, upstream: Any) -> None:
    upstream[1].received.clear()
    resp = http.post("/v1/chat/completions", json={"model": "remote", "messages": [
        {"role": "user", "content": "charge 4111 1111 1111 1111"}]})
    assert resp.status_code == 403 and resp.json()["error"]["code"] == "pii_rejected"
    assert "CREDIT_CARD" in resp.json()["error"]["message"] and "4111" not in resp.text
    assert not upstream[1].received
    row = ledger_row(gateway.db, resp.headers["x-request-id"])
    assert row["status"] == "rejected" and "4111" not in str(row)


PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="


@pytest.mark.parametrize("part", [
    {"type": "image_url", "image_url": {"url": PNG}},
    {"type": "input_audio", "input_audio": {"data": "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=",
                                            "format": "wav"}},
])
def test_inline_binary_payloads_never_reach_a_remote_route(http: httpx.Client, gateway: Any, upstream: Any,
                                                             part: dict[str, Any]) -> None:
    """An image or audio clip may hold a passport scan or a voice: the scan cannot read it, so by
    default (signals.pii.binary_payloads: local) it is not sent; the 400 names the part and the
    setting, and the request still leaves its one ledger row."""
    upstream[1].received.clear()
    body = {"model": "remote", "messages": [{"role": "user", "content": [{"type": "text", "text": "what is it?"}, part]}]}
    resp = http.post("/v1/chat/completions", json=body)
    error = resp.json()["error"]
    assert resp.status_code == 400 and error["code"] == "unscannable", resp.text
    assert error["param"].startswith("messages[0].content[1].") and "binary_payloads" in error["message"]
    assert not upstream[1].received
    assert ledger_row(gateway.db, resp.headers["x-request-id"])["status"] == "rejected"


def test_token_id_prompts_stay_local(http: httpx.Client, upstream: Any) -> None:
    """Token ids cannot be scanned: a remote route is never given them."""
    upstream[1].received.clear()
    resp = http.post("/v1/completions", json={"model": "remote", "prompt": [1, 2, 3], "max_tokens": 1})
    assert resp.status_code == 400 and resp.json()["error"]["param"] == "prompt"
    resp = http.post("/v1/completions", json={"model": "local", "prompt": [1, 2, 3], "max_tokens": 1})
    assert resp.status_code == 200 and resp.headers["x-hybridgate-route"] == "local"
    assert not upstream[1].received
