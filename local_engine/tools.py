"""Tool calling on the local engine: prompt rendering, the tool-call grammar, and parsing.

The wire format is Hermes / Qwen 2.5's, which many small instruct models were trained on:

    <tool_call>
    {"name": "get_weather", "arguments": {"city": "Paris"}}
    </tool_call>

one block per call, calls separated by a newline. Rendering: when the GGUF's own chat template
speaks this format (it reads `tools` and writes `<tool_call>`), the template renders the tool
definitions, earlier assistant tool calls and `role: "tool"` results itself. Otherwise (SmolLM2's
plain ChatML template, most others) the generic rendering below applies: a system message
listing the tools' JSON schemas inside `<tools></tools>` and the format above, earlier calls
rendered as that text in the assistant turn, and tool results as a user turn holding
`<tool_response>` blocks (how Hermes templates print them).

Generation is constrained (`tool_grammar`): `tool_choice` "required" or a named function allows
only call blocks whose JSON matches a declared function's parameter schema; "auto" allows either
such calls or a reply that does not start with `<tool_call>` (or, with `response_format`, that
JSON); "none" adds no tools to the prompt and no grammar. `parallel_tool_calls` (OpenAI's
default: true) allows up to MAX_PARALLEL_CALLS blocks, false exactly one. The grammar always
ends after the last block, so a call is never cut short except by max_tokens.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from local_engine.api import Grammar, GrammarError
from local_engine.grammar import JSON_OPTIONS

CALL_OPEN, CALL_CLOSE = "<tool_call>\n", "\n</tool_call>"
MAX_PARALLEL_CALLS = 4  # the grammar's bound when parallel_tool_calls is true: generation must end
_CALL_RX = re.compile(r"<tool_call>\n(.*?)\n</tool_call>", re.DOTALL)
_SYSTEM = (
    "You are a function calling AI model. You may call one or more functions to assist with the user "
    "query. Do not make assumptions about what values to plug into functions. Here are the available "
    "tools: <tools>\n{tools}\n</tools>\nFor each function call, return a json object with the function "
    "name and arguments within <tool_call></tool_call> XML tags:\n<tool_call>\n"
    '{{"name": <function-name>, "arguments": <args-json-object>}}\n</tool_call>'
)


@dataclass(frozen=True)
class ToolCall:
    """One parsed call, as OpenAI's `tool_calls[i]` carries it (`arguments` is a JSON string)."""

    id: str
    name: str
    arguments: str

    def openai(self, index: int | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "type": "function",
                               "function": {"name": self.name, "arguments": self.arguments}}
        if index is not None:
            out["index"] = index
        return out


def new_call_id() -> str:
    return f"call_{uuid.uuid4().hex[:24]}"


# --- request checks -------------------------------------------------------------------------------
def functions(tools: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The `function` objects of OpenAI `tools`; GrammarError (param "tools") for anything else."""
    out: list[dict[str, Any]] = []
    for i, tool in enumerate(tools):
        fn = tool.get("function") if isinstance(tool, Mapping) else None
        if not isinstance(tool, Mapping) or tool.get("type") != "function" or not isinstance(fn, Mapping):
            raise GrammarError(f"tools[{i}] must be {{\"type\": \"function\", \"function\": {{...}}}}", param="tools")
        name = fn.get("name")
        if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", name):
            raise GrammarError(f"tools[{i}].function.name must match ^[a-zA-Z0-9_-]{{1,64}}$", param="tools")
        params = fn.get("parameters", {"type": "object", "properties": {}})
        if not isinstance(params, Mapping):
            raise GrammarError(f"tools[{i}].function.parameters must be a JSON schema object", param="tools")
        out.append({**fn, "parameters": dict(params)})
    names = [f["name"] for f in out]
    if len(set(names)) != len(names):
        raise GrammarError("tools declare the same function name twice", param="tools")
    return out


def chosen_functions(fns: list[dict[str, Any]], tool_choice: str | Mapping[str, Any] | None) -> tuple[str, list[dict[str, Any]]]:
    """(mode, functions the model may call): mode is "auto", "required", "none" or "named"
    (exactly one call of that one function, as OpenAI forces it)."""
    if tool_choice is None or tool_choice == "auto":
        return "auto", fns
    if tool_choice in ("required", "none"):
        return str(tool_choice), fns
    if isinstance(tool_choice, Mapping) and tool_choice.get("type") == "function":
        name = (tool_choice.get("function") or {}).get("name")
        picked = [f for f in fns if f["name"] == name]
        if not picked:
            raise GrammarError(f"tool_choice names function {name!r}, which is not in tools", param="tool_choice")
        return "named", picked
    raise GrammarError('tool_choice must be "none", "auto", "required" or {"type": "function", '
                       '"function": {"name": ...}}', param="tool_choice")


# --- grammar --------------------------------------------------------------------------------------
def tool_grammar(
    fns: list[dict[str, Any]], mode: str, parallel: bool = True, content: Grammar | None = None
) -> Grammar | None:
    """The Lark grammar (llguidance dialect) for one request's tool calls; None for mode "none".

    `content` constrains the non-call reply in "auto" mode (a response_format JSON schema)."""
    if mode == "none" or not fns:
        return content
    rules = []
    for i, fn in enumerate(fns):
        # The parameters schema moves one level down; its definitions stay at the root so that
        # "#/$defs/..." references still resolve.
        params = dict(fn["parameters"])
        defs = {k: params.pop(k) for k in ("$defs", "definitions") if k in params}
        call = {"type": "object", "properties": {"name": {"const": fn["name"]}, "arguments": params},
                "required": ["name", "arguments"], "additionalProperties": False, "x-guidance": JSON_OPTIONS, **defs}
        rules.append(f"fn_{i}: %json {json.dumps(call)}")
    repeat = f'("\\n" call){{0,{MAX_PARALLEL_CALLS - 1}}}' if parallel and mode != "named" else ""
    lines = [
        f"calls: call {repeat}",
        f"call: {json.dumps(CALL_OPEN)} ({' | '.join(f'fn_{i}' for i in range(len(fns)))}) {json.dumps(CALL_CLOSE)}",
        *rules,
    ]
    if mode in ("required", "named"):
        start = "start: calls"
    elif content is not None and content.kind == "json_schema" and isinstance(content.source, dict):
        start = "start: calls | reply"
        lines.append(f"reply: %json {json.dumps({**content.source, 'x-guidance': JSON_OPTIONS})}")
    elif content is not None:
        raise GrammarError("tools with tool_choice auto combine only with a JSON response_format", param="grammar")
    else:  # free text that does not open a call
        start = "start: calls | TEXT"
        lines.append(r"TEXT: /(.|\n)+/ & ~/<tool_call>(.|\n)*/")
    return Grammar("lark", "\n".join([start, *lines]) + "\n", param="tools")


# --- rendering ------------------------------------------------------------------------------------
def template_speaks_tools(template_source: str | None) -> bool:
    """Whether a chat template renders `tools` itself in this module's <tool_call> format."""
    return bool(template_source) and "tools" in template_source and "<tool_call>" in template_source  # type: ignore[operator]


def render_messages(
    messages: Sequence[Mapping[str, Any]], fns: list[dict[str, Any]] | None
) -> list[dict[str, Any]]:
    """Messages for a template that knows nothing of tools: tool definitions in the system
    message, assistant tool calls as <tool_call> text, tool results as <tool_response> user turns."""
    out: list[dict[str, Any]] = []
    if fns:
        listing = "\n".join(json.dumps({"type": "function", "function": f}, ensure_ascii=False) for f in fns)
        system = _SYSTEM.format(tools=listing)
        if messages and messages[0].get("role") in ("system", "developer"):
            system = f"{_text(messages[0].get('content'))}\n\n{system}"
            messages = messages[1:]
        out.append({"role": "system", "content": system})
    for m in messages:
        role = m.get("role")
        if role == "developer":
            out.append({"role": "system", "content": _text(m.get("content"))})
        elif role == "assistant" and m.get("tool_calls"):
            blocks = [_call_text(c) for c in m["tool_calls"]]
            text = _text(m.get("content"))
            out.append({"role": "assistant", "content": "\n".join(([text] if text else []) + blocks)})
        elif role in ("tool", "function"):
            block = f"<tool_response>\n{_text(m.get('content'))}\n</tool_response>"
            if out and out[-1].get("_tool_results"):
                out[-1]["content"] += "\n" + block
            else:
                out.append({"role": "user", "content": block, "_tool_results": True})
        else:
            out.append({"role": role, "content": _text(m.get("content"))})
    for m in out:
        m.pop("_tool_results", None)
    return out


def template_messages(messages: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Messages for a template that renders tools itself: arguments as objects (Hermes/Qwen
    templates print `tool_call.arguments | tojson`), everything else as sent."""
    out = []
    for m in messages:
        m = dict(m)
        if m.get("tool_calls"):
            m["tool_calls"] = [
                {**c, "function": {**c.get("function", {}), "arguments": _arguments(c.get("function", {}))}}
                for c in m["tool_calls"]
            ]
        m["content"] = _text(m.get("content")) if m.get("content") is not None or not m.get("tool_calls") else None
        out.append(m)
    return out


def _call_text(call: Mapping[str, Any]) -> str:
    fn = call.get("function") or {}
    body = {"name": fn.get("name"), "arguments": _arguments(fn)}
    return f"{CALL_OPEN}{json.dumps(body, ensure_ascii=False)}{CALL_CLOSE}"


def _arguments(fn: Mapping[str, Any]) -> Any:
    args = fn.get("arguments")
    if isinstance(args, str):
        try:
            return json.loads(args)
        except ValueError:
            return args
    return args if args is not None else {}


def _text(content: Any) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    return "".join(p.get("text", "") for p in content if isinstance(p, Mapping))


# --- parsing --------------------------------------------------------------------------------------
def parse_calls(text: str) -> list[ToolCall]:
    """The complete call blocks in `text` (the grammar guarantees their JSON)."""
    calls = []
    for body in _CALL_RX.findall(text):
        obj = json.loads(body)
        calls.append(ToolCall(new_call_id(), obj["name"], json.dumps(obj["arguments"], ensure_ascii=False)))
    return calls


class ToolCallStream:
    """Streamed text -> (content delta, completed calls). A reply that opens with `<tool_call>`
    is a call list (the grammar allows nothing else after it); text is held back only while it
    could still be that opening."""

    def __init__(self) -> None:
        self._buf = ""
        self._mode: str | None = None  # None (undecided), "text", "calls"
        self.calls: list[ToolCall] = []

    def feed(self, text: str) -> tuple[str, list[ToolCall]]:
        if self._mode == "text":
            return text, []
        self._buf += text
        if self._mode is None:
            if self._buf.startswith(CALL_OPEN):
                self._mode = "calls"
            elif CALL_OPEN.startswith(self._buf):
                return "", []
            else:
                self._mode, out, self._buf = "text", self._buf, ""
                return out, []
        new = parse_calls(self._buf)
        if new:
            self._buf = self._buf[self._buf.rfind(CALL_CLOSE) + len(CALL_CLOSE):]
            self.calls.extend(new)
        return "", new

    def finish(self) -> str:
        """End of stream: text still held back (an unfinished call cut by max_tokens, or a short
        reply that looked like an opening)."""
        out, self._buf = self._buf, ""
        return out
