"""Policy YAML → Policy, with every error pointing at `file:line: field`, and hot reload.

PyYAML's composed node tree keeps line numbers that plain `safe_load` throws away: we build the
data from the nodes ourselves, remembering where each field came from, then translate pydantic's
error locations back to those lines. `PolicyStore` keeps the last good policy serving when an
edit is broken, and says precisely why the edit was refused.
"""

from __future__ import annotations

import asyncio
import difflib
import hashlib
import logging
import os
import re
import threading
import time
import types
import typing
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from gateway.policy.errors import PolicyError, PolicyIssue
from gateway.policy.schema import Loc, Policy, cross_check, format_loc, policy_warnings

log = logging.getLogger(__name__)

LOCAL_ONLY_ENV = "HYBRIDGATE_LOCAL_ONLY"
_ENV_REF = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


def env_forces_local_only() -> bool:
    """HYBRIDGATE_LOCAL_ONLY=1/true/yes forces local_only whatever the file says."""
    return os.environ.get(LOCAL_ONLY_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


# --- YAML → data + line map ----------------------------------------------------------------------
MAX_YAML_DEPTH = 64  # a policy nests ~6 levels; PyYAML's composer recurses per level


class _PolicyYamlLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans: only true/false, so `eu: yes` or `country: no` stay text.
    Its pure-Python scanner refuses `[[[[...` past MAX_YAML_DEPTH while scanning (it looks ahead
    per open bracket); only reached without libyaml, since _prescan refuses such files first."""

    def fetch_flow_collection_start(self, token_class: Any) -> None:
        if self.flow_level >= MAX_YAML_DEPTH:
            raise _TooBig(f"the YAML nests deeper than {MAX_YAML_DEPTH} levels")
        super().fetch_flow_collection_start(token_class)  # type: ignore[misc]


_BOOL = "tag:yaml.org,2002:bool"
_PolicyYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_PolicyYamlLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


class _Builder:
    """Builds plain data from a composed YAML tree and records the line of every location."""

    def __init__(self) -> None:
        self.lines: dict[Loc, int] = {}
        self.issues: list[PolicyIssue] = []
        self._constructor = _PolicyYamlLoader("")

    def build(self, node: yaml.Node, loc: Loc) -> Any:
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            items = []
            for i, item in enumerate(node.value):
                self.lines[(*loc, i)] = item.start_mark.line + 1
                items.append(self.build(item, (*loc, i)))
            return items
        value = self._constructor.construct_object(node, deep=True)
        return self._expand(value, node, loc) if isinstance(value, str) and "$" in value else value

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[Any, Any]:
        self._constructor.flatten_mapping(node)  # resolves `<<: *anchor` merge keys
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self._constructor.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            if key in out:
                first = self.lines.get((*loc, key))
                self.issues.append(PolicyIssue(line, format_loc((*loc, key)), f"duplicate key (first at line {first})"))
            self.lines[(*loc, key)] = line
            out[key] = self.build(value_node, (*loc, key))
        return out

    def _expand(self, value: str, node: yaml.Node, loc: Loc) -> str:
        """`${VAR}` / `${VAR:-default}` from the environment; `$$` is a literal `$`."""

        def sub(match: re.Match[str]) -> str:
            if match.group(0) == "$$":
                return "$"
            name, default = match.group(1), match.group(2)
            if name in os.environ:
                return os.environ[name]
            if default is not None:
                return default
            self.issues.append(PolicyIssue(node.start_mark.line + 1, format_loc(loc),
                                           f"environment variable {name} is not set (write ${{{name}:-default}})"))
            return ""

        return _ENV_REF.sub(sub, value)


def _yaml_issue(exc: yaml.YAMLError) -> PolicyIssue:
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        what = "; ".join(p for p in (exc.context, exc.problem) if p)
        return PolicyIssue(mark.line + 1 if mark else None, None, f"YAML syntax error: {what}")
    return PolicyIssue(None, None, f"YAML error: {exc}")


# A policy is a few hundred YAML nodes. Anchors and aliases are fine for sharing a block, but each
# alias expands to a full copy when the data is built: nine nested aliases of nine (a 318-byte
# "billion laughs") expand to 9^9 nodes. _prescan counts what aliases would add while the file is
# parsed and stops at the first event past the budget, before any node exists.
MAX_POLICY_BYTES = 64 << 10  # 7x the largest example policy; PyYAML's pure-Python scanner reads ~0.5 MB/s
MAX_ALIAS_EXPANSION = 10_000
# libyaml's event parser (C, with heap stacks: no recursion) when PyYAML was built with it; the
# pure-Python one otherwise. The pre-scan costs ~0.1 ms for the bomb, ~2 ms for a 9 KB policy.
_EventLoader: type[Any] = getattr(yaml, "CSafeLoader", _PolicyYamlLoader)


class _TooBig(Exception):
    """The policy's YAML would expand past the budget, nests too deep, or refers to itself."""


def _prescan(text: str) -> None:
    """Refuse, from the event stream alone, YAML whose aliases would add more than
    MAX_ALIAS_EXPANSION nodes, that nests deeper than MAX_YAML_DEPTH, or that has an alias inside
    its own anchor (a recursive structure). Stops at the first event over a limit, so a bomb
    costs what its first few lines cost; composing (Python, recursive) happens only after."""
    sizes: dict[str, int] = {}  # anchor -> nodes it stands for, its own aliases expanded
    frames: list[list[Any]] = []  # open collections: [anchor, nodes so far]
    added = 0
    for event in yaml.parse(text, Loader=_EventLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            if len(frames) >= MAX_YAML_DEPTH:
                raise _TooBig(f"the YAML nests deeper than {MAX_YAML_DEPTH} levels")
            frames.append([event.anchor, 1])
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, n = frames.pop()
        elif isinstance(event, yaml.ScalarEvent):
            anchor, n = event.anchor, 1
        elif isinstance(event, yaml.AliasEvent):
            if any(frame[0] == event.anchor for frame in frames):
                raise _TooBig("an alias refers to a node that contains it (a recursive structure)")
            anchor, n = None, sizes.get(event.anchor, 1)  # an undefined alias: the composer says where
            added += n
            if added > MAX_ALIAS_EXPANSION:
                raise _TooBig(f"YAML aliases would expand the policy by over {MAX_ALIAS_EXPANSION} nodes "
                              "(an alias bomb?)")
        else:
            continue
        if anchor is not None:
            sizes[anchor] = n
        if frames:
            frames[-1][1] += n


def _parse_yaml(text: str) -> tuple[Any, _Builder]:
    """Plain data (None for an empty file) and the builder holding its line map and issues."""
    builder = _Builder()
    if len(text) > MAX_POLICY_BYTES:
        raise _TooBig(f"the file is over {MAX_POLICY_BYTES} bytes (a policy is a few KB)")
    _prescan(text)
    node = yaml.compose(text, Loader=_PolicyYamlLoader)
    if node is None:
        return None, builder
    return builder.build(node, ()), builder


# --- pydantic errors → lines ---------------------------------------------------------------------
def _locate(loc: Loc, lines: dict[Loc, int]) -> tuple[Loc, int]:
    """Pydantic's loc without its union/validator tags, and the line of its deepest known part."""
    real: list[str | int] = []
    for i, part in enumerate(loc):
        if (*real, part) in lines:
            real.append(part)
        elif i == len(loc) - 1 and isinstance(part, str) and part.isidentifier():
            real.append(part)  # a missing field: not in the file, point at its parent
    for depth in range(len(real), 0, -1):
        if tuple(real[:depth]) in lines:
            return tuple(real), lines[tuple(real[:depth])]
    return tuple(real), 1


def _field_names(loc: Loc) -> list[str]:
    """Field names a model accepts at `loc` (for 'did you mean'), walking Policy's annotations."""
    annotation: Any = Policy
    for part in loc:
        annotation = _strip(annotation)
        if typing.get_origin(annotation) in (list, dict):
            annotation = typing.get_args(annotation)[-1]
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel) and isinstance(part, str):
            field = annotation.model_fields.get(part)
            annotation = field.annotation if field else None
        else:
            return []
    annotation = _strip(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _strip(annotation: Any) -> Any:
    """Optional[X] / Annotated[X, ...] -> X."""
    while True:
        origin = typing.get_origin(annotation)
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if origin is typing.Annotated or (origin in (typing.Union, types.UnionType) and len(args) == 1):
            annotation = args[0]
        else:
            return annotation


def _message(err: dict[str, Any], loc: Loc) -> str:
    msg = str(err["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        msg = msg.removeprefix(prefix)
    if err["type"] == "extra_forbidden" and loc:
        allowed = _field_names(loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else (f" (allowed: {', '.join(allowed)})" if allowed else "")
        return f"unknown field{hint}"
    return msg


def _validation_issues(exc: ValidationError, lines: dict[Loc, int]) -> list[PolicyIssue]:
    issues: dict[tuple[int, str], PolicyIssue] = {}
    for err in exc.errors():
        loc, line = _locate(tuple(err["loc"]), lines)
        field = format_loc(loc) or None
        key = (line, field or "")
        msg = _message(err, loc)
        if key in issues and msg not in issues[key].message:
            msg = f"{issues[key].message}; {msg}"
        issues[key] = PolicyIssue(line, field, msg)
    return sorted(issues.values(), key=lambda i: i.line or 0)


# --- public API ------------------------------------------------------------------------------------
def parse_policy(text: str, path: str | Path = "<policy>", force_local_only: bool = False) -> Policy:
    """Validate policy text; PolicyError lists every problem with its line and field."""
    return _parse_with_lines(text, path, force_local_only)[0]


def _parse_with_lines(text: str, path: str | Path, force_local_only: bool) -> tuple[Policy, dict[Loc, int]]:
    try:
        data, builder = _parse_yaml(text)
    except yaml.YAMLError as exc:
        raise PolicyError(path, [_yaml_issue(exc)]) from None
    except _TooBig as exc:
        raise PolicyError(path, [PolicyIssue(None, None, f"refused: {exc}")]) from None
    if builder.issues:
        raise PolicyError(path, builder.issues)
    if not isinstance(data, dict):
        what = "empty" if data is None else f"a {type(data).__name__}"
        raise PolicyError(path, [PolicyIssue(1, None, f"a policy is a YAML mapping (routes, rules, ...), this is {what}")])
    forced = force_local_only and data.get("mode") != "local_only"
    if forced:
        data["mode"] = "local_only"
    try:
        policy = Policy.model_validate(data, context={"defer_cross_checks": True})
    except ValidationError as exc:
        raise PolicyError(path, _validation_issues(exc, builder.lines)) from None
    problems = cross_check(policy, forced_local_only=forced)
    if problems:
        issues = [_cross_issue(loc, msg, builder.lines, forced) for loc, msg in problems]
        raise PolicyError(path, sorted(issues, key=lambda i: i.line or 0))
    return policy, builder.lines


def _cross_issue(loc: Loc, message: str, lines: dict[Loc, int], forced: bool) -> PolicyIssue:
    real, line = _locate(loc, lines)
    if forced and loc == ("routes",):
        message += f" ({LOCAL_ONLY_ENV} / --local-only forced local_only on a hybrid policy)"
    return PolicyIssue(line, format_loc(real) or None, message)


def _read(path: Path) -> str:
    """The file's text; never more than MAX_POLICY_BYTES read (a 10 GB file is refused at once)."""
    try:
        with path.open("rb") as f:
            data = f.read(MAX_POLICY_BYTES + 1)
    except FileNotFoundError:
        raise PolicyError(path, [PolicyIssue(None, None, "file not found")]) from None
    except OSError as exc:
        raise PolicyError(path, [PolicyIssue(None, None, f"cannot read: {exc}")]) from None
    if len(data) > MAX_POLICY_BYTES:
        raise PolicyError(path, [PolicyIssue(None, None, f"refused: the file is over {MAX_POLICY_BYTES} bytes "
                                                         "(a policy is a few KB)")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(path, [PolicyIssue(None, None, f"cannot read: {exc}")]) from None


def load_policy(path: str | Path, force_local_only: bool = False) -> Policy:
    """Read and validate a policy file (PolicyError with file:line: field: message on failure)."""
    return parse_policy(_read(Path(path)), path, force_local_only)


def policy_file_warnings(path: str | Path) -> list[str]:
    """`file:line: field: message` for each of schema.policy_warnings (a valid file; [] otherwise)."""
    try:
        policy, lines = _parse_with_lines(_read(Path(path)), path, False)
    except PolicyError:
        return []
    return [_cross_issue(loc, msg, lines, False).format(path) for loc, msg in policy_warnings(policy)]


def check_policy_file(path: str | Path) -> list[str]:
    """Human messages for `hybridgate policy check`; empty when the file is valid and every local
    route's model file is on disk (a missing one would leave its route unavailable when served)."""
    try:
        policy, lines = _parse_with_lines(_read(Path(path)), path, False)
    except PolicyError as exc:
        return exc.messages
    issues = [_cross_issue(loc, msg, lines, False) for loc, msg in model_problems(policy)]
    return [issue.format(path) for issue in issues]


def model_problems(policy: Policy) -> list[tuple[Loc, str]]:
    """(location, why) for each local route whose model has no file on this machine (no network)."""
    from local_engine.model_store import ModelStoreError, missing_reason, parse_ref

    out: list[tuple[Loc, str]] = []
    for name, route in policy.routes.items():
        if route.backend != "local":
            continue
        try:
            reason = missing_reason(parse_ref(route.model))
        except ModelStoreError as exc:  # an unreadable manifest
            reason = str(exc)
        if reason:
            out.append((("routes", name, "model"), reason))
    return out


class PolicyStore:
    """The serving policy: last good version of a file, reloaded when its content changes.

    A broken edit is logged once (with its precise message) and counted, and the previous
    policy keeps serving; `current` is only replaced by a policy that validated completely."""

    def __init__(self, path: str | Path, override_local_only: bool = False) -> None:
        self.path = Path(path)
        self.force_local_only = override_local_only or env_forces_local_only()
        self.rejections = 0
        self.reloads = 0
        self.last_error: str | None = None
        self._lock = threading.Lock()
        text = _read(self.path)
        self._current = parse_policy(text, self.path, self.force_local_only)
        self._digest = self._seen = _digest(text)
        self.loaded_at = time.time()
        log.info("policy loaded from %s (%s)", self.path, _summary(self._current))
        _log_warnings(self._current)

    @property
    def current(self) -> Policy:
        return self._current

    @property
    def version(self) -> str:
        """Content hash of the serving file (short sha256), shown in /health."""
        return self._digest[:12]

    def reload(self) -> bool:
        """Re-read the file; True when a new policy now serves. Cheap when nothing changed."""
        with self._lock:
            try:
                text = _read(self.path)
            except PolicyError as exc:
                return self._reject(str(exc), f"unreadable:{exc}")
            digest = _digest(text)
            if digest == self._digest:
                self._seen = digest  # unchanged, or a broken edit was reverted
                return False
            if digest == self._seen:
                return False  # the same broken edit, already reported
            try:
                policy = parse_policy(text, self.path, self.force_local_only)
            except PolicyError as exc:
                return self._reject(str(exc), digest)
            self._current, self._digest, self._seen = policy, digest, digest
            self.loaded_at, self.last_error = time.time(), None
            self.reloads += 1
            log.info("policy reloaded from %s (%s)", self.path, _summary(policy))
            _log_warnings(policy)
            return True

    def _reject(self, message: str, seen: str) -> bool:
        if seen == self._seen:
            return False
        self._seen = seen
        self.rejections += 1
        self.last_error = message
        log.error("policy rejected, version %s keeps serving:\n%s", self.version, message)
        return False

    async def watch(self, interval_s: float = 1.0) -> None:
        """Poll the file until cancelled (content hash, so editors' atomic renames are seen too)."""
        while True:
            await asyncio.sleep(interval_s)
            await asyncio.to_thread(self.reload)

    def status(self) -> dict[str, Any]:
        """For /health: which policy serves, since when, and the last refused edit."""
        return {"path": str(self.path), "version": self.version, "mode": self._current.mode,
                "loaded_at": self.loaded_at, "reloads": self.reloads, "rejections": self.rejections,
                "last_error": self.last_error, "forced_local_only": self.force_local_only}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _log_warnings(policy: Policy) -> None:
    for loc, message in policy_warnings(policy):
        log.warning("policy %s: %s", format_loc(loc), message)


def _summary(policy: Policy) -> str:
    return f"{len(policy.routes)} routes, {len(policy.rules)} rules, mode {policy.mode}"
