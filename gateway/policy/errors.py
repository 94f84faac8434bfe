"""Policy exceptions: load-time (PolicyError, with file:line) and decision-time (mapped to HTTP).

The pipeline maps the decision-time ones by class: RouteNotFound -> 404, PolicyRejected -> 403,
LocalOnlyViolation -> 403.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PolicyIssue:
    """One problem in a policy file, located as precisely as the YAML allows."""

    line: int | None
    field: str | None
    message: str

    def format(self, path: str | Path) -> str:
        where = f"{path}:{self.line}" if self.line is not None else str(path)
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class PolicyError(Exception):
    """A policy file that cannot be served. `str()` is one `file:line: field: message` per issue."""

    def __init__(self, path: str | Path, issues: list[PolicyIssue]) -> None:
        if not issues:
            raise ValueError("PolicyError needs at least one issue")
        self.path = str(path)
        self.issues = issues
        super().__init__("\n".join(self.messages))

    @property
    def messages(self) -> list[str]:
        return [issue.format(self.path) for issue in self.issues]

    @property
    def line(self) -> int | None:
        return self.issues[0].line

    @property
    def field(self) -> str | None:
        return self.issues[0].field

    @property
    def message(self) -> str:
        return self.issues[0].message


class DecisionError(Exception):
    """A request the policy refuses to route; `message` is safe to show the client."""

    def __init__(self, message: str, rule: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.rule = rule


class RouteNotFound(DecisionError):
    """The client named a model that is neither `auto` nor a route of this policy (404)."""


class PolicyRejected(DecisionError):
    """A rule with `action: reject` matched (403, code policy_rejected)."""


class LocalOnlyViolation(DecisionError):
    """A remote route was named while the gateway runs local_only (403, code local_only)."""
