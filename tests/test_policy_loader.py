"""Policy files: every shipped YAML validates; broken ones fail with file:line: field: message."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from gateway.policy import Policy, PolicyError, check_policy_file, load_policy, parse_policy

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted((ROOT / "policies").glob("*.yaml"))

BASE = """\
version: 1
default_route: local
routes:
  local:
    backend: local
    model: smollm2-135m-instruct
  cloud:
    backend: litellm
    model: openai/gpt-4o-mini
    api_key_env: OPENAI_API_KEY
    fallbacks: [local]
rules:
  - name: pii
    compliance: true
    when: {pii: {detected: true}}
    route: local
"""


def _write(tmp_path: Path, text: str, name: str = "p.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text))
    return path


def _error(tmp_path: Path, text: str) -> PolicyError:
    path = _write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(path) in str(info.value)
    return info.value


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_policies_validate(path: Path) -> None:
    assert check_policy_file(path) == []
    policy = load_policy(path)
    assert policy.default_route in policy.routes


def test_shipped_set_is_complete() -> None:
    names = {p.name for p in SHIPPED}
    assert {"default.yaml", "local-only.yaml", "example-multi-provider.yaml"} <= names


def test_default_policy_shape() -> None:
    policy = load_policy(ROOT / "policies" / "default.yaml")
    assert policy.mode == "hybrid"
    assert policy.routes["local"].backend == "local" and policy.routes["local"].price is not None
    assert policy.routes["local"].price.cost(1000, 1000) > 0  # local is never free by accident
    assert policy.routes["cloud"].api_key_env == "OPENAI_API_KEY"
    assert policy.routes["cloud"].fallbacks == ["local"]
    assert any(r.compliance and r.when.pii and r.route == "local" for r in policy.rules)
    assert any(b.on_exceeded.action == "fallback" and b.on_exceeded.route == "local" for b in policy.budgets)


def test_local_only_policy_has_no_remote_route() -> None:
    policy = load_policy(ROOT / "policies" / "local-only.yaml")
    assert policy.mode == "local_only"
    assert all(r.backend == "local" for r in policy.routes.values())


def test_wrong_type_names_line_and_field(tmp_path: Path) -> None:
    err = _error(tmp_path, BASE.replace("    fallbacks: [local]", "    timeout_s: soon\n    fallbacks: [local]"))
    assert err.line == 11 and err.field == "routes.cloud.timeout_s"
    assert str(err).startswith(f"{tmp_path / 'p.yaml'}:11: routes.cloud.timeout_s: Input should be a valid number")


def test_unknown_field_suggests_the_right_one(tmp_path: Path) -> None:
    err = _error(tmp_path, BASE.replace("    api_key_env:", "    timeout: 3\n    api_key_env:"))
    assert (err.line, err.field) == (10, "routes.cloud.timeout")
    assert "unknown field" in err.message and "timeout_s" in err.message


def test_unknown_route_in_rule(tmp_path: Path) -> None:
    err = _error(tmp_path, BASE.replace("    route: local", "    route: onprem"))
    assert (err.line, err.field) == (16, "rules[0].route")
    assert "unknown route 'onprem'" in err.message


def test_fallback_cycle(tmp_path: Path) -> None:
    text = BASE.replace("    fallbacks: [local]", "    fallbacks: [cloud2]") + textwrap.dedent("""\
        budgets: []
        """)
    text = text.replace("rules:", "  cloud2:\n    backend: litellm\n    model: x/y\n    fallbacks: [cloud]\nrules:")
    err = _error(tmp_path, text)
    assert "fallback cycle: cloud -> cloud2 -> cloud" in str(err)
    assert err.field is not None and err.field.endswith("fallbacks[0]")


def test_yaml_syntax_error_has_line(tmp_path: Path) -> None:
    err = _error(tmp_path, BASE.replace("    model: openai/gpt-4o-mini", "    model: [openai/gpt-4o-mini"))
    assert err.line is not None and 9 <= err.line <= 11
    assert "YAML syntax error" in err.message


def test_missing_field_points_at_parent(tmp_path: Path) -> None:
    err = _error(tmp_path, BASE.replace("    model: smollm2-135m-instruct\n", ""))
    assert (err.line, err.field) == (4, "routes.local.model")
    assert "Field required" in err.message


def test_several_problems_reported_at_once(tmp_path: Path) -> None:
    text = BASE.replace("    route: local", "    route: nowhere").replace("default_route: local", "default_route: gone")
    err = _error(tmp_path, text)
    assert [i.field for i in err.issues] == ["default_route", "rules[0].route"]
    assert [i.line for i in err.issues] == [2, 16]


def test_duplicate_keys_are_errors(tmp_path: Path) -> None:
    err = _error(tmp_path, BASE + "default_route: cloud\n")
    assert err.field == "default_route" and "duplicate key" in err.message


def test_api_key_env_refuses_a_literal_key(tmp_path: Path) -> None:
    err = _error(tmp_path, BASE.replace("api_key_env: OPENAI_API_KEY", "api_key_env: sk-abc123"))
    assert err.field == "routes.cloud.api_key_env" and "not the key itself" in err.message
    assert "sk-abc123" not in str(err)


def test_local_only_file_may_not_target_remote(tmp_path: Path) -> None:
    text = BASE.replace("version: 1", "version: 1\nmode: local_only").replace("default_route: local", "default_route: cloud")
    err = _error(tmp_path, text)
    assert err.field == "default_route" and "local_only" in err.message


def test_forced_local_only_keeps_hybrid_file_valid(tmp_path: Path) -> None:
    policy = load_policy(_write(tmp_path, BASE), force_local_only=True)
    assert policy.mode == "local_only"
    remote_only = "default_route: cloud\nroutes:\n  cloud: {backend: litellm, model: openai/gpt-4o-mini}\n"
    with pytest.raises(PolicyError, match="needs at least one route with backend: local"):
        parse_policy(remote_only, "x.yaml", force_local_only=True)


def test_env_expansion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HG_TEST_BASE", "http://127.0.0.1:9999/v1")
    text = BASE.replace("    api_key_env:", "    api_base: ${HG_TEST_BASE}\n    api_key_env:")
    assert load_policy(_write(tmp_path, text)).routes["cloud"].api_base == "http://127.0.0.1:9999/v1"
    text = BASE.replace("    api_key_env:", "    api_base: ${HG_TEST_UNSET_VAR}\n    api_key_env:")
    err = _error(tmp_path, text)
    assert (err.line, err.field) == (10, "routes.cloud.api_base") and "HG_TEST_UNSET_VAR" in err.message
    text = BASE.replace("    api_key_env:", "    api_base: ${HG_TEST_UNSET_VAR:-http://x}\n    api_key_env:")
    assert load_policy(_write(tmp_path, text)).routes["cloud"].api_base == "http://x"


def test_conditions_parse(tmp_path: Path) -> None:
    text = BASE + (
        "  - name: office-hours\n"
        "    when:\n"
        '      time: {start: "09:00", end: 18:00, timezone: Europe/Paris, days: [mon, fri]}\n'
        "      metadata: {tier: 1, eu: yes, env: [prod, staging]}\n"
        "      complexity: {min_score: 0.2, max_score: 0.9, tier: [medium]}\n"
        "      prompt_tokens: {min: 10, max: 100}\n"
        "      team: [research]\n"
        "      requested_route: [auto, cloud]\n"
        "    route: cloud\n"
    )
    rule = load_policy(_write(tmp_path, text)).rules[1]
    assert rule.when.time is not None and rule.when.time.end.hour == 18  # unquoted 18:00 is YAML int 1080
    assert rule.when.metadata == {"tier": "1", "eu": "yes", "env": ["prod", "staging"]}  # YAML 1.2 booleans


def test_unknown_timezone(tmp_path: Path) -> None:
    text = BASE.replace("when: {pii: {detected: true}}", "when: {time: {timezone: Mars/Olympus}}")
    err = _error(tmp_path, text)
    assert err.field == "rules[0].when.time.timezone" and "Mars/Olympus" in err.message


def test_signals_block_is_validated_by_signal_settings(tmp_path: Path) -> None:
    err = _error(tmp_path, BASE + "signals:\n  complexity: {low_max: 0.9, high_min: 0.1}\n")
    assert err.field == "signals.complexity" and err.line == 18


def test_direct_construction_checks_references() -> None:
    with pytest.raises(ValueError, match="unknown route"):
        Policy.model_validate({"default_route": "x", "routes": {"local": {"backend": "local", "model": "m.gguf"}}})


def test_check_policy_file_missing(tmp_path: Path) -> None:
    messages = check_policy_file(tmp_path / "nope.yaml")
    assert messages == [f"{tmp_path / 'nope.yaml'}: file not found"]


def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in check_policy_file(_write(tmp_path, ""))[0]


def test_rate_limits_parse_and_refuse_a_literal_key(tmp_path: Path) -> None:
    limits = ("rate_limits:\n  - {name: per-key, requests_per_minute: 600, burst: 50}\n"
              "  - {name: ml, scope: team, match: ml, requests_per_minute: 30}\n")
    policy = load_policy(_write(tmp_path, BASE + limits))
    assert [(r.name, r.scope, r.match, r.capacity) for r in policy.rate_limits] == [
        ("per-key", "key", "*", 50.0), ("ml", "team", "ml", 1.0)]
    err = _error(tmp_path, BASE + "rate_limits:\n  - name: vip\n    match: sk-live-123\n    requests_per_minute: 5\n")
    assert err.field == "rate_limits[0].match" and "never the key itself" in err.message
    assert err.line == BASE.count("\n") + 3 and "sk-live-123" not in str(err)
