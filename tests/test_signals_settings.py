"""SignalSettings: the `signals:` block of the policy YAML, strictly validated."""

from __future__ import annotations

import pytest
import yaml
from pydantic import ValidationError

from gateway.signals.settings import DEFAULT_ENTITIES, SignalSettings

POLICY_BLOCK = """
pii:
  entities: [PERSON, EMAIL_ADDRESS, PHONE_NUMBER, EMPLOYEE_ID]
  thresholds: {PERSON: 0.7}
  default_threshold: 0.6
  allow_list: [support@acme.com]
  allow_regex: ['.*@acme\\.com']
  deny_list:
    - name: employee-ids
      entity: EMPLOYEE_ID
      patterns: [{regex: 'EMP-\\d{6}', score: 0.9}]
  context: {PHONE_NUMBER: [ring]}
  max_chunk_chars: 2000
complexity: {low_max: 0.3, high_min: 0.7}
"""


def test_yaml_block_parses() -> None:
    settings = SignalSettings.model_validate(yaml.safe_load(POLICY_BLOCK))
    assert settings.pii.threshold("PERSON") == 0.7
    assert settings.pii.threshold("EMAIL_ADDRESS") == 0.6
    assert settings.pii.deny_list[0].entity == "EMPLOYEE_ID"
    assert settings.complexity.high_min == 0.7


def test_defaults_are_a_routing_policy() -> None:
    settings = SignalSettings()
    for noisy in ("LOCATION", "NRP", "DATE_TIME", "ORGANIZATION"):
        assert noisy not in settings.pii.entities
    assert set(DEFAULT_ENTITIES) >= {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE"}
    assert settings.complexity.low_max <= settings.complexity.high_min


@pytest.mark.parametrize("block", [
    {"unknown": 1},
    {"pii": {"thresholds": {"PERSON": 1.5}}},
    {"pii": {"allow_regex": ["("]}},
    {"pii": {"deny_list": [{"name": "empty", "entity": "X"}]}},
    {"pii": {"deny_list": [{"name": "bad", "entity": "lowercase", "words": ["a"]}]}},
    {"pii": {"deny_list": [{"name": "bad-re", "entity": "X", "patterns": [{"regex": "["}]}]}},
    {"pii": {"entitys": ["PERSON"]}},
    {"complexity": {"low_max": 0.8, "high_min": 0.2}},
    {"complexity": {"model": "gpt"}},
])
def test_invalid_blocks_rejected(block: dict) -> None:
    with pytest.raises(ValidationError):
        SignalSettings.model_validate(block)
