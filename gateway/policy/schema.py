"""The policy file's schema: routes, ordered rules, and the signal/budget/price settings it embeds.

Every model forbids unknown fields so a typo is an error with a line number, not a silently
ignored knob. Cross-references (rule → route, fallbacks, budgets) are checked by `cross_check`,
which reports the exact field of each dangling name so the loader can point at its line.
"""

from __future__ import annotations

import functools
import hashlib
import re
from datetime import time as dtime
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    ValidationInfo,
    field_validator,
    model_validator,
)

from gateway.budgets import BudgetSpec
from gateway.costs import RoutePrice
from gateway.ratelimit import RateLimitSpec
from gateway.signals.settings import SignalSettings

# Route and rule names travel in HTTP headers and as OpenAI model ids: keep them header-safe.
NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:/@+-]*$"
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Tier = Literal["low", "medium", "high"]
Loc = tuple[str | int, ...]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _gpu_layers(value: Any) -> int | str:
    """One clear message instead of pydantic's one-per-union-member."""
    if value in ("all", "auto"):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise ValueError(f"n_gpu_layers must be a non-negative integer, 'all' or 'auto' (got {value!r})")


GpuLayers = Annotated[int | str, PlainValidator(_gpu_layers), PlainSerializer(lambda v: v)]

# What a request may need from a route beyond plain text generation (see gateway/policy/capabilities.py).
Capability = Literal["vision", "tools", "json_schema", "logprobs"]
CAPABILITIES: tuple[Capability, ...] = ("vision", "tools", "json_schema", "logprobs")


class SamplingDefaults(_Strict):
    """A route's sampling knobs for requests that do not set them (same names and bounds as the
    request fields; top_k / min_p / repeat_penalty are the vLLM / llama.cpp server names)."""

    temperature: float | None = Field(default=None, ge=0, le=2)
    top_p: float | None = Field(default=None, gt=0, le=1)
    top_k: int | None = Field(default=None, ge=0)
    min_p: float | None = Field(default=None, ge=0, le=1)
    repeat_penalty: float | None = Field(default=None, gt=0, le=10)
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    max_tokens: int | None = Field(default=None, ge=1)
    stop: list[str] | None = Field(default=None, max_length=4)  # e.g. a base model's end of an answer


class OverflowToRoute(_Strict):
    """`on_context_overflow: {route: <name>}`: escalate to a route with a larger context."""

    route: str


# reject: 400 context_length_exceeded; truncate: drop the oldest middle messages (system prompt
# and latest turns kept); {route: name}: serve it on that route (compliance permitting).
OnContextOverflow = Literal["reject", "truncate"] | OverflowToRoute
_DURATION = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")


def parse_keep_alive(value: Any) -> float | None:
    """Ollama's keep_alive: seconds (a number) or a duration ("30s", "5m", "1h30m"); negative keeps
    the model loaded forever (None), 0 unloads it as soon as it is idle."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    elif isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value.strip()):
        seconds = float(value)
    elif isinstance(value, str) and re.fullmatch(r"-?(?:\d+(?:\.\d+)?(?:ms|s|m|h))+", value.strip()):
        text = value.strip()
        unit = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
        seconds = sum(float(n) * unit[u] for n, u in _DURATION.findall(text)) * (-1 if text.startswith("-") else 1)
    else:
        raise ValueError(f"keep_alive is seconds or a duration like 30s, 5m, 1h30m; negative keeps the model "
                         f"loaded (got {value!r})")
    return None if seconds < 0 else seconds


KeepAlive = Annotated[float | None, PlainValidator(parse_keep_alive), PlainSerializer(lambda v: v)]


class RouteSpec(_Strict):
    """One named destination: our in-process engine (`local`) or a provider through litellm."""

    backend: Literal["local", "litellm"]
    # local: a built-in name, a .gguf path (~ expanded) or hf:ORG/REPO[:QUANT|/FILE.gguf]; litellm: its model name
    model: str = Field(min_length=1)
    description: str | None = None
    api_base: str | None = None
    api_key_env: str | None = None  # NAME of the environment variable holding the key, never the key
    timeout_s: float = Field(default=60.0, gt=0)
    max_retries: int = Field(default=2, ge=0, le=10)
    fallbacks: list[str] = Field(default_factory=list)
    price: RoutePrice | None = None
    n_ctx: int = Field(default=4096, ge=128)
    n_threads: int = Field(default=2, ge=1)
    n_gpu_layers: GpuLayers = 0
    require_gpu: bool = False  # n_gpu_layers > 0 without a usable GPU: fail the load instead of warning
    max_batch: int = Field(default=8, ge=1)
    max_queue: int = Field(default=64, ge=1)
    cache_type_k: Literal["f16", "q8_0"] = "f16"  # KV cache element types (llama.cpp's --cache-type-k/-v)
    cache_type_v: Literal["f16", "q8_0"] = "f16"
    # None: derived from the backend (policy/capabilities.py); a list replaces that set.
    capabilities: list[Capability] | None = None
    sampling: SamplingDefaults = Field(default_factory=SamplingDefaults)
    max_output_tokens: int | None = Field(default=None, ge=1)  # clamps any request's max_tokens
    on_context_overflow: OnContextOverflow = "reject"  # local routes: the prompt does not fit n_ctx
    load: Literal["eager", "lazy"] = "eager"  # local: at start-up / policy apply, or on the first request
    keep_alive: KeepAlive = None  # local: unload after this long idle (None: never); reloads on next use

    @field_validator("model")
    @classmethod
    def _model_reference(cls, value: str, info: ValidationInfo) -> str:
        """A local route's model must be a reference the model store understands (no I/O here:
        whether the file exists is `policy check`'s and the backend's business)."""
        if info.data.get("backend") == "local":
            from local_engine.model_store import ModelStoreError, parse_ref

            try:
                parse_ref(value)
            except ModelStoreError as exc:
                raise ValueError(str(exc)) from None
        return value

    @field_validator("api_key_env")
    @classmethod
    def _env_name(cls, value: str | None) -> str | None:
        if value is not None and not _ENV_NAME.match(value):
            raise ValueError("api_key_env names an environment variable (e.g. OPENAI_API_KEY), not the key itself")
        return value

    @model_validator(mode="after")
    def _backend_fields(self) -> RouteSpec:
        if self.backend == "local" and (self.api_key_env or self.api_base):
            raise ValueError("a local route takes no api_base/api_key_env (those are for litellm routes)")
        if self.backend != "local" and self.on_context_overflow != "reject":
            raise ValueError("on_context_overflow applies to local routes (a provider's context is its own)")
        if self.capabilities is not None and len(set(self.capabilities)) != len(self.capabilities):
            raise ValueError("capabilities lists a capability twice")
        if self.backend != "local" and (self.load != "eager" or self.keep_alive is not None):
            raise ValueError("load and keep_alive are for local routes (a litellm route loads nothing)")
        return self


class PiiCondition(_Strict):
    """PII present (or absent); `entities` is any-of and implies detected."""

    detected: bool | None = None
    entities: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> PiiCondition:
        if self.detected is False and self.entities:
            raise ValueError("`entities` cannot be combined with `detected: false`")
        return self


class ComplexityCondition(_Strict):
    """Score bounds are inclusive; `tier` is any-of."""

    min_score: float | None = Field(default=None, ge=0, le=1)
    max_score: float | None = Field(default=None, ge=0, le=1)
    tier: list[Tier] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ordered(self) -> ComplexityCondition:
        if self.min_score is not None and self.max_score is not None and self.min_score > self.max_score:
            raise ValueError(f"min_score ({self.min_score}) must be <= max_score ({self.max_score})")
        return self


class TokenRange(_Strict):
    """Inclusive bounds on the prompt's estimated token count."""

    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> TokenRange:
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min}) must be <= max ({self.max})")
        return self


def _hhmm(value: Any) -> dtime:
    """YAML 1.1 reads unquoted 09:30 as a sexagesimal int (570): accept both spellings."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        return dtime(value // 60, value % 60)
    if isinstance(value, str) and re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", value):
        hours, minutes = value.split(":")
        return dtime(int(hours), int(minutes))
    if value == "24:00":
        return dtime(23, 59, 59, 999999)
    raise ValueError(f"expected a time HH:MM (00:00-24:00), got {value!r}")


HHMM = Annotated[dtime, PlainValidator(_hhmm), PlainSerializer(lambda t: t.strftime("%H:%M"))]


class TimeWindow(_Strict):
    """[start, end) in `timezone` on `days`; end before start wraps past midnight (22:00-06:00)."""

    start: HHMM = dtime(0, 0)
    end: HHMM = dtime(23, 59, 59, 999999)
    timezone: str = "UTC"
    days: list[Weekday] = Field(default_factory=lambda: list(WEEKDAYS))

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, tz: str) -> str:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {tz!r} (use an IANA name such as Europe/Paris)") from None
        return tz


MetadataMatch = str | list[str]


class Conditions(_Strict):
    """All present conditions must hold (AND); an empty `when` matches every request."""

    pii: PiiCondition | None = None
    complexity: ComplexityCondition | None = None
    prompt_tokens: TokenRange | None = None
    client_key_hash: list[str] | None = None  # sha256 prefix as in the ledger (hash_client_key)
    team: list[str] | None = None
    metadata: dict[str, MetadataMatch] = Field(default_factory=dict)  # value equals, or list = any-of
    time: TimeWindow | None = None
    requested_route: list[str] | None = None  # route names the client asked for; "auto" = none named
    capabilities: list[Capability] | None = None  # the request needs any of these (images, tools...)

    @field_validator("client_key_hash")
    @classmethod
    def _hashes(cls, value: list[str] | None) -> list[str] | None:
        """Keys never appear in a policy: only their sha256 (the ledger's 16-hex-char prefix suffices)."""
        for item in value or []:
            if not re.fullmatch(r"[0-9a-f]{16,64}", item):
                raise ValueError("client_key_hash takes sha256 hex digests of keys "
                                 "(first 16 chars, as in the ledger), never the keys themselves")
        return [item[:16] for item in value] if value is not None else None

    @field_validator("metadata", mode="before")
    @classmethod
    def _stringify(cls, value: Any) -> Any:
        """YAML turns `tier: 1` or `eu: yes` into int/bool; request metadata values are strings."""
        if not isinstance(value, dict):
            return value
        return {k: ([_as_text(x) for x in v] if isinstance(v, list) else _as_text(v)) for k, v in value.items()}


def _as_text(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, int | float) else value


class RuleSpec(_Strict):
    """One ordered rule: when its conditions hold, route (or reject) the request.

    `compliance: true` makes the rule binding even when the client names a route
    (e.g. PII must stay local); other rules only steer `model: "auto"` requests."""

    name: str = Field(pattern=NAME_PATTERN)
    when: Conditions = Field(default_factory=Conditions)
    action: Literal["route", "reject"] = "route"
    route: str | None = None
    message: str | None = None
    compliance: bool = False

    @model_validator(mode="after")
    def _action_fields(self) -> RuleSpec:
        if self.action == "route" and not self.route:
            raise ValueError(f"rule {self.name!r}: action 'route' needs a route")
        if self.action == "reject" and self.route:
            raise ValueError(f"rule {self.name!r}: action 'reject' takes no route (use message)")
        return self


class PrivacySettings(_Strict):
    """Prompt text never reaches logs or the ledger unless an operator opts in here."""

    log_prompts: bool = False
    store_prompts: bool = False


class Policy(_Strict):
    """A whole policy file. Build it with `gateway.policy.load_policy` to get line-numbered errors."""

    version: Literal[1] = 1
    mode: Literal["hybrid", "local_only"] = "hybrid"
    # In local_only: a request naming a remote route is refused (403) or served by policy locally.
    local_only_requests: Literal["reject", "reroute"] = "reject"
    default_route: str
    reference_model: str | None = None  # litellm model name: "what it would have cost" in the ledger
    routes: dict[Annotated[str, Field(pattern=NAME_PATTERN)], RouteSpec] = Field(min_length=1)
    rules: list[RuleSpec] = Field(default_factory=list)
    signals: SignalSettings = Field(default_factory=SignalSettings)
    budgets: list[BudgetSpec] = Field(default_factory=list)
    rate_limits: list[RateLimitSpec] = Field(default_factory=list)
    privacy: PrivacySettings = Field(default_factory=PrivacySettings)

    @functools.cached_property
    def fingerprint(self) -> str:
        """sha256 (16 hex) of the policy as validated: which policy was in force, for the audit trail."""
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()[:16]

    @field_validator("routes")
    @classmethod
    def _auto_reserved(cls, routes: dict[str, RouteSpec]) -> dict[str, RouteSpec]:
        if "auto" in routes:
            raise ValueError("'auto' is reserved (model: auto lets the policy decide): rename the route")
        return routes

    @model_validator(mode="after")
    def _references(self, info: ValidationInfo) -> Policy:
        """Direct construction fails on the first dangling name; the loader defers for line numbers."""
        if info.context and info.context.get("defer_cross_checks"):
            return self
        problems = cross_check(self, forced_local_only=bool(info.context and info.context.get("forced_local_only")))
        if problems:
            loc, message = problems[0]
            raise ValueError(f"{format_loc(loc)}: {message}")
        return self

    def is_local(self, route: str) -> bool:
        return self.routes[route].backend == "local"

    @property
    def local_only(self) -> bool:
        return self.mode == "local_only"


def format_loc(loc: Loc) -> str:
    """('rules', 2, 'route') -> 'rules[2].route'."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def cross_check(policy: Policy, forced_local_only: bool = False) -> list[tuple[Loc, str]]:
    """Every name that must refer to a route does; fallbacks are acyclic; local_only is coherent.

    A file that *declares* `mode: local_only` may not point rules, fallbacks or budgets at litellm
    routes (that would be a policy that silently cannot do what it says). When local_only is
    forced from outside (--local-only, HYBRIDGATE_LOCAL_ONLY=1) the hybrid file stays valid and
    the decision step simply never yields a litellm route; it then only needs one local route."""
    problems = _dangling(policy) + _rule_names(policy)
    problems += _fallback_cycles(policy)
    if policy.local_only:
        problems += _local_only_problems(policy, strict=not forced_local_only)
    return problems


def policy_warnings(policy: Policy) -> list[tuple[Loc, str]]:
    """Valid but probably not what was meant: `hybridgate policy check` prints these, the server logs them."""
    pii = policy.signals.pii
    if not pii.enabled or any(r.backend == "local" for r in policy.routes.values()):
        return []
    kept = sorted(e for e in pii.entities if pii.action(e) == "local")
    if not kept:
        return []
    loc: Loc = ("signals", "pii", "actions") if pii.default_action != "local" else ("signals", "pii", "default_action")
    return [(loc, f"PII action `local` for {', '.join(kept)} and no route with backend: local: requests carrying "
                  "them are refused (403 pii_local_unavailable); choose redact, pseudonymize or reject for them, "
                  "or add a local route")]


def _unknown(policy: Policy, name: str) -> str:
    return f"unknown route {name!r} (routes: {', '.join(sorted(policy.routes))})"


def _dangling(policy: Policy) -> list[tuple[Loc, str]]:
    out: list[tuple[Loc, str]] = []
    if policy.default_route not in policy.routes:
        out.append((("default_route",), _unknown(policy, policy.default_route)))
    for name, route in policy.routes.items():
        for i, fb in enumerate(route.fallbacks):
            if fb not in policy.routes:
                out.append((("routes", name, "fallbacks", i), _unknown(policy, fb)))
            elif fb == name:
                out.append((("routes", name, "fallbacks", i), f"route {name!r} lists itself as a fallback"))
    for i, rule in enumerate(policy.rules):
        if rule.route is not None and rule.route not in policy.routes:
            out.append((("rules", i, "route"), _unknown(policy, rule.route)))
        for j, req in enumerate(rule.when.requested_route or []):
            if req != "auto" and req not in policy.routes:
                out.append((("rules", i, "when", "requested_route", j), _unknown(policy, req)))
    for name, route in policy.routes.items():
        overflow = route.on_context_overflow
        if isinstance(overflow, OverflowToRoute):
            if overflow.route not in policy.routes:
                out.append((("routes", name, "on_context_overflow", "route"), _unknown(policy, overflow.route)))
            elif overflow.route == name:
                out.append((("routes", name, "on_context_overflow", "route"), f"route {name!r} overflows to itself"))
    for i, budget in enumerate(policy.budgets):
        target = budget.on_exceeded.route
        if target is not None and target not in policy.routes:
            out.append((("budgets", i, "on_exceeded", "route"), _unknown(policy, target)))
        if budget.scope == "route" and budget.match != "*" and budget.match not in policy.routes:
            out.append((("budgets", i, "match"), _unknown(policy, str(budget.match))))
    return out


def _rule_names(policy: Policy) -> list[tuple[Loc, str]]:
    seen: set[str] = set()
    out: list[tuple[Loc, str]] = []
    for i, rule in enumerate(policy.rules):
        if rule.name in seen:
            out.append((("rules", i, "name"), f"duplicate rule name {rule.name!r}"))
        seen.add(rule.name)
    return out


def _fallback_cycles(policy: Policy) -> list[tuple[Loc, str]]:
    """Depth-first search over fallback edges; report each cycle once, at the edge closing it."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    out: list[tuple[Loc, str]] = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for i, fb in enumerate(policy.routes[name].fallbacks):
            if fb not in policy.routes or fb == name:
                continue  # reported by _dangling
            if state.get(fb) == 1:
                cycle = " -> ".join([*path[path.index(fb):], fb])
                out.append((("routes", name, "fallbacks", i), f"fallback cycle: {cycle}"))
            elif fb not in state:
                visit(fb, [*path, fb])
        state[name] = 2

    for name in policy.routes:
        if name not in state:
            visit(name, [name])
    return out


def _local_only_problems(policy: Policy, strict: bool) -> list[tuple[Loc, str]]:
    if not any(r.backend == "local" for r in policy.routes.values()):
        return [(("routes",), "local_only mode needs at least one route with backend: local")]
    if not strict:
        return []
    remote = {n for n, r in policy.routes.items() if r.backend != "local"}
    why = "is a litellm route, and mode is local_only (remote routes are never called)"
    out: list[tuple[Loc, str]] = []
    if policy.default_route in remote:
        out.append((("default_route",), f"{policy.default_route!r} {why}"))
    for i, rule in enumerate(policy.rules):
        if rule.route in remote:
            out.append((("rules", i, "route"), f"{rule.route!r} {why}"))
    for name, route in policy.routes.items():
        for i, fb in enumerate(route.fallbacks):
            if fb in remote and name not in remote:
                out.append((("routes", name, "fallbacks", i), f"{fb!r} {why}"))
    for i, budget in enumerate(policy.budgets):
        if budget.on_exceeded.route in remote:
            out.append((("budgets", i, "on_exceeded", "route"), f"{budget.on_exceeded.route!r} {why}"))
    return out
