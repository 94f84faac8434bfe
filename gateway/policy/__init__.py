"""Routing policy: the YAML schema, its line-numbered loader with hot reload, and the decision.

The pipeline needs only what is re-exported here.
"""

from gateway.policy.errors import (
    DecisionError,
    LocalOnlyViolation,
    PolicyError,
    PolicyIssue,
    PolicyRejected,
    RouteNotFound,
)
from gateway.policy.loader import PolicyStore, check_policy_file, load_policy, parse_policy, policy_file_warnings
from gateway.policy.rules import Decision, RequestFacts, decide, matches, resolve_requested
from gateway.policy.schema import Conditions, Policy, PrivacySettings, RouteSpec, RuleSpec

__all__ = [
    "Conditions",
    "Decision",
    "DecisionError",
    "LocalOnlyViolation",
    "Policy",
    "PolicyError",
    "PolicyIssue",
    "PolicyRejected",
    "PolicyStore",
    "PrivacySettings",
    "RequestFacts",
    "RouteNotFound",
    "RouteSpec",
    "RuleSpec",
    "check_policy_file",
    "decide",
    "load_policy",
    "matches",
    "parse_policy",
    "policy_file_warnings",
    "resolve_requested",
]
