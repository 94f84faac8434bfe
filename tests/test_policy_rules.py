"""The routing decision table: compliance first, client choice, ordered rules, default, availability."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway.policy import (
    LocalOnlyViolation,
    Policy,
    PolicyRejected,
    RequestFacts,
    RouteNotFound,
    decide,
)
from gateway.signals.types import ComplexityResult, PiiEntity, PiiResult, Signals

ROUTES: dict[str, Any] = {
    "local": {"backend": "local", "model": "smollm2-135m-instruct"},
    "cloud": {"backend": "litellm", "model": "openai/gpt-4o-mini", "api_key_env": "HG_TEST_OPENAI_KEY",
              "fallbacks": ["local"]},
    "claude": {"backend": "litellm", "model": "anthropic/claude-haiku-4-5", "fallbacks": ["cloud"]},
}
RULES: list[dict[str, Any]] = [
    {"name": "pii-local", "compliance": True, "when": {"pii": {"detected": True}}, "route": "local"},
    {"name": "no-secrets", "compliance": True, "when": {"metadata": {"classification": "secret"}},
     "action": "reject", "message": "secret material is not processed here"},
    {"name": "hard-cloud", "when": {"complexity": {"tier": ["high"]}}, "route": "cloud"},
    {"name": "research-claude", "when": {"team": ["research"]}, "route": "claude"},
    {"name": "long-cloud", "when": {"prompt_tokens": {"min": 1000}}, "route": "cloud"},
    {"name": "night-local",
     "when": {"time": {"start": "22:00", "end": "06:00", "timezone": "Europe/Paris", "days": ["sat", "sun"]}},
     "route": "local"},
]
ALL = {"local", "cloud", "claude"}
NOON = datetime(2026, 11, 18, 12, 0, tzinfo=timezone.utc)  # a Wednesday


def policy(**overrides: Any) -> Policy:
    data = {"default_route": "local", "routes": ROUTES, "rules": RULES, **overrides}
    return Policy.model_validate(data)


def signals(pii: tuple[str, ...] = (), score: float = 0.2, tier: str = "low", tokens: int = 50) -> Signals:
    entities = tuple(PiiEntity(e, 1, 0.9) for e in pii)
    return Signals(PiiResult(bool(pii), entities), ComplexityResult(score, tier), tokens)  # type: ignore[arg-type]


def facts(requested: str | None = None, team: str | None = None, metadata: dict[str, str] | None = None,
          now: datetime = NOON, **sig: Any) -> RequestFacts:
    s = signals(**sig)
    return RequestFacts(s, s.prompt_tokens_estimate, requested, None, team, metadata or {}, now)


def test_default_route_when_nothing_matches() -> None:
    d = decide(policy(), facts(), ALL)
    assert (d.route, d.rule, d.fallbacks) == ("local", None, [])
    assert d.reason == "default route local"


def test_first_matching_rule_wins() -> None:
    d = decide(policy(), facts(team="research", score=0.9, tier="high"), ALL)
    assert (d.route, d.rule) == ("cloud", "hard-cloud")
    assert d.fallbacks == ["local"]
    assert d.reason.startswith("rule hard-cloud: complexity=0.90/high")


def test_fallbacks_are_transitive_and_filtered() -> None:
    d = decide(policy(), facts(team="research"), ALL)
    assert (d.route, d.fallbacks) == ("claude", ["cloud", "local"])
    d = decide(policy(), facts(team="research"), {"claude", "local"})
    assert d.fallbacks == ["local"]


def test_compliance_beats_client_choice() -> None:
    d = decide(policy(), facts(requested="cloud", pii=("EMAIL_ADDRESS",)), ALL)
    assert (d.route, d.rule, d.compliance) == ("local", "pii-local", True)
    assert "EMAIL_ADDRESS" in d.reason and "(compliance)" in d.reason


def test_client_choice_beats_ordinary_rules() -> None:
    d = decide(policy(), facts(requested="claude", score=0.95, tier="high"), ALL)
    assert (d.route, d.rule, d.requested) == ("claude", None, "claude")
    assert d.reason == "requested route claude"


def test_client_may_name_the_model_instead_of_the_route() -> None:
    assert decide(policy(), facts(requested="gpt-4o-mini"), ALL).route == "cloud"
    assert decide(policy(), facts(requested="auto"), ALL).route == "local"


def test_unknown_requested_route() -> None:
    with pytest.raises(RouteNotFound, match="gpt-9"):
        decide(policy(), facts(requested="gpt-9"), ALL)


def test_reject_rule_applies_even_to_named_routes() -> None:
    with pytest.raises(PolicyRejected) as info:
        decide(policy(), facts(requested="cloud", metadata={"classification": "secret"}), ALL)
    assert info.value.rule == "no-secrets" and info.value.message == "secret material is not processed here"


def test_unavailable_route_skipped_visibly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HG_TEST_OPENAI_KEY", raising=False)
    d = decide(policy(), facts(score=0.9, tier="high"), {"local", "claude"})
    assert (d.route, d.rule) == ("local", "hard-cloud")
    assert d.reason.endswith("; cloud unavailable (HG_TEST_OPENAI_KEY not set) -> local")
    assert d.skipped == {"cloud": "HG_TEST_OPENAI_KEY not set"}
    d = decide(policy(), facts(requested="cloud"), {"local"})
    assert d.route == "local" and "cloud unavailable" in d.reason


def test_unavailable_everything_falls_back_to_default() -> None:
    p = policy(routes={**ROUTES, "claude": {**ROUTES["claude"], "fallbacks": []}})
    d = decide(p, facts(team="research"), {"local"})
    assert d.route == "local" and "claude unavailable (unavailable) -> local" in d.reason


def test_nothing_available_keeps_target_for_a_503() -> None:
    d = decide(policy(), facts(score=0.9, tier="high"), set())
    assert d.route == "cloud" and d.fallbacks == [] and "no available route" in d.reason


def test_compliance_to_local_never_falls_back_remote() -> None:
    routes = {"local": {**ROUTES["local"], "fallbacks": ["ext"]}, "ext": {"backend": "litellm", "model": "x/y"}}
    p = policy(routes=routes, rules=RULES[:1])
    d = decide(p, facts(pii=("PERSON",)), {"local", "ext"})
    assert d.route == "local" and d.fallbacks == []
    assert decide(p, facts(), {"local", "ext"}).fallbacks == ["ext"]  # without PII the chain may leave
    d = decide(p, facts(pii=("PERSON",)), {"ext"})
    assert d.route == "local" and d.fallbacks == []  # the pipeline answers 503, never goes remote


def test_local_only_rejects_named_remote_route() -> None:
    p = policy(mode="local_only", rules=[])
    with pytest.raises(LocalOnlyViolation):
        decide(p, facts(requested="cloud"), ALL)
    p = policy(mode="local_only", rules=[], local_only_requests="reroute")
    d = decide(p, facts(requested="cloud"), ALL)
    assert d.route == "local" and d.reason.startswith("cloud refused (local_only)")


def test_forced_local_only_turns_remote_rules_local() -> None:
    from gateway.policy.loader import parse_policy

    text = Policy.model_validate({"default_route": "local", "routes": ROUTES, "rules": RULES}).model_dump_json()
    p = parse_policy(text, "forced.yaml", force_local_only=True)  # JSON is YAML
    d = decide(p, facts(score=0.9, tier="high"), ALL)
    assert d.route == "local" and "disabled in local_only mode" in d.reason


@pytest.mark.parametrize(("now", "expected"), [
    (datetime(2026, 11, 21, 22, 30, tzinfo=timezone.utc), "local"),   # Sat 23:30 Paris
    (datetime(2026, 11, 22, 4, 59, tzinfo=timezone.utc), "local"),    # Sun 05:59 Paris
    (datetime(2026, 11, 22, 5, 0, tzinfo=timezone.utc), "default"),   # Sun 06:00 Paris: window ended
    (datetime(2026, 11, 20, 22, 30, tzinfo=timezone.utc), "default"), # Fri 23:30 Paris: not a listed day
])
def test_time_window(now: datetime, expected: str) -> None:
    p = policy(default_route="cloud")
    d = decide(p, facts(now=now), ALL)
    assert d.rule == ("night-local" if expected == "local" else None)


def test_metadata_any_of_and_client_key() -> None:
    rules = [{"name": "vip", "when": {"metadata": {"tier": ["gold", "platinum"]},
                                      "client_key_hash": ["0123456789abcdef0123"]}, "route": "claude"}]
    p = policy(rules=rules)
    hit = RequestFacts(signals(), 10, None, "0123456789abcdef", None, {"tier": "gold"}, NOON)
    assert decide(p, hit, ALL).rule == "vip"
    miss = RequestFacts(signals(), 10, None, "ffffffffffffffff", None, {"tier": "gold"}, NOON)
    assert decide(p, miss, ALL).rule is None


def test_reason_is_header_safe() -> None:
    d = decide(policy(), facts(score=0.9, tier="high", pii=("US_SSN", "PERSON")), {"local"})
    d.reason.encode("ascii")
    assert "\n" not in d.reason


# --- property: local_only never yields a litellm route ----------------------------------------------
NAMES = ["a", "b", "c", "d", "e"]


@st.composite
def random_policy(draw: st.DrawFn) -> Policy:
    backends = draw(st.lists(st.sampled_from(["local", "litellm"]), min_size=len(NAMES), max_size=len(NAMES)))
    if "local" not in backends:
        backends[0] = "local"
    order = {n: i for i, n in enumerate(NAMES)}  # fallbacks only point forward: never a cycle
    routes = {n: {"backend": b, "model": f"m-{n}.gguf",
                  "fallbacks": draw(st.lists(st.sampled_from([m for m in NAMES if order[m] > order[n]] or [n]),
                                             unique=True, max_size=2)) if n != NAMES[-1] else []}
              for n, b in zip(NAMES, backends)}
    for n in routes:
        routes[n]["fallbacks"] = [f for f in routes[n]["fallbacks"] if f != n]
    rules = [{"name": f"r{i}", "compliance": draw(st.booleans()), "route": draw(st.sampled_from(NAMES)),
              "when": draw(st.sampled_from([{}, {"pii": {"detected": True}}, {"complexity": {"tier": ["high"]}},
                                            {"prompt_tokens": {"min": 500}}, {"team": ["x"]}]))}
             for i in range(draw(st.integers(0, 4)))]
    data = {"mode": "local_only", "default_route": draw(st.sampled_from(NAMES)), "routes": routes, "rules": rules}
    return Policy.model_validate(data, context={"forced_local_only": True})  # as --local-only on a hybrid file


@settings(max_examples=150, deadline=None)
@given(p=random_policy(), pii=st.booleans(), tier=st.sampled_from(["low", "medium", "high"]),
       tokens=st.integers(0, 2000), team=st.sampled_from([None, "x"]),
       requested=st.sampled_from([None, *NAMES]), available=st.sets(st.sampled_from(NAMES)))
def test_local_only_never_yields_a_litellm_route(p: Policy, pii: bool, tier: str, tokens: int, team: str | None,
                                                  requested: str | None, available: set[str]) -> None:
    f = facts(requested=requested, team=team, pii=("EMAIL_ADDRESS",) if pii else (), tier=tier, tokens=tokens)
    try:
        d = decide(p, f, available)
    except LocalOnlyViolation:
        assert requested is not None and p.routes[requested].backend == "litellm"
        return
    assert p.routes[d.route].backend == "local"
    assert all(p.routes[r].backend == "local" for r in d.fallbacks)
    assert all(r in available for r in d.fallbacks) and d.route not in d.fallbacks


@settings(max_examples=100, deadline=None)
@given(p=random_policy(), requested=st.sampled_from([None, *NAMES]), available=st.sets(st.sampled_from(NAMES)),
       tier=st.sampled_from(["low", "medium", "high"]))
def test_pii_compliance_beats_any_client_choice(p: Policy, requested: str | None, available: set[str],
                                                tier: str) -> None:
    """Hybrid mode: with a first compliance rule PII -> a local route, PII never reaches a remote one."""
    local = next(n for n, r in p.routes.items() if r.backend == "local")
    rule = {"name": "pii-first", "compliance": True, "when": {"pii": {"detected": True}}, "route": local}
    data = p.model_dump(mode="json") | {"mode": "hybrid"}
    data["rules"] = [rule, *data["rules"]]
    hybrid = Policy.model_validate(data)
    d = decide(hybrid, facts(requested=requested, pii=("US_SSN",), tier=tier), available)
    assert d.rule == "pii-first" and d.compliance
    assert hybrid.routes[d.route].backend == "local"
    assert all(hybrid.routes[r].backend == "local" for r in d.fallbacks)


def test_pii_entity_any_of() -> None:
    rules = [{"name": "cards", "when": {"pii": {"entities": ["CREDIT_CARD", "IBAN_CODE"]}}, "route": "claude"}]
    p = policy(rules=rules)
    assert decide(p, facts(pii=("PERSON", "IBAN_CODE")), ALL).rule == "cards"
    assert decide(p, facts(pii=("PERSON",)), ALL).rule is None
    assert decide(p, facts(), ALL).rule is None
