"""Chat prompts rendered from a GGUF file's own `tokenizer.chat_template` (a Jinja2 template).

Why sandboxed: the template comes from the model file, i.e. from whoever published the
weights; `ImmutableSandboxedEnvironment` keeps it from reaching Python internals or mutating
our objects. The environment and variables mirror llama-cpp-python's `Jinja2ChatFormatter`
(itself aligned with Hugging Face transformers), so a prompt rendered here is the prompt
llama.cpp users get: trim_blocks/lstrip_blocks, the `loopcontrols` extension, a pass-through
`{% generation %}` tag, a non-ASCII-preserving `tojson`, and the variables `messages`,
`add_generation_prompt`, `bos_token`, `eos_token`, `raise_exception`, `strftime_now`, `tools`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import jinja2
import jinja2.ext
from jinja2.sandbox import ImmutableSandboxedEnvironment

from local_engine.api import EngineError, NoChatTemplateError

__all__ = ["ChatTemplate", "ChatTemplateError", "NoChatTemplateError", "render_chat"]


class ChatTemplateError(EngineError, ValueError):
    """The template is not valid Jinja2, or it refused the messages (its `raise_exception`)."""


class _GenerationTag(jinja2.ext.Extension):
    """Hugging Face's `{% generation %}...{% endgeneration %}` marks assistant spans; render the body."""

    tags = {"generation"}

    def parse(self, parser: Any) -> Any:
        parser.stream.skip(1)
        return parser.parse_statements(("name:endgeneration",), drop_needle=True)


def _tojson(
    value: Any,
    ensure_ascii: bool = False,
    indent: int | None = None,
    separators: tuple[str, str] | None = None,
    sort_keys: bool = False,
) -> str:
    """transformers' tojson: plain json.dumps, non-ASCII kept (jinja2's own escapes HTML)."""
    return json.dumps(value, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def _raise_exception(message: str) -> None:
    raise ChatTemplateError(f"chat template refused the conversation: {message}")


def _strftime_now(fmt: str) -> str:
    return datetime.now().strftime(fmt)


def _environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=jinja2.BaseLoader(),
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=[_GenerationTag, jinja2.ext.loopcontrols],
    )
    env.filters["tojson"] = _tojson
    env.globals.update(raise_exception=_raise_exception, strftime_now=_strftime_now)
    return env


def _token_text(meta: Mapping[str, Any], name: str) -> str:
    """Text of the `tokenizer.ggml.<name>_token_id` token ("" when absent), as templates expect."""
    tokens = meta.get("tokenizer.ggml.tokens")
    tid = meta.get(f"tokenizer.ggml.{name}_token_id")
    if tokens is None or tid is None or not 0 <= int(tid) < len(tokens):
        return ""
    return str(tokens[int(tid)])


def _normalize(message: Mapping[str, Any]) -> dict[str, Any]:
    """A plain dict; multi-part content joined to its text (templates concatenate strings)."""
    out = dict(message)
    content = out.get("content")
    if isinstance(content, list):
        out["content"] = "".join(p.get("text", "") for p in content if isinstance(p, Mapping))
    elif content is None and not out.get("tool_calls"):
        out["content"] = ""
    return out


class ChatTemplate:
    """One compiled template plus the BOS/EOS texts it is rendered with."""

    def __init__(self, source: str, bos_token: str = "", eos_token: str = "") -> None:
        self.source = source
        self.bos_token = bos_token
        self.eos_token = eos_token
        try:
            self._template = _environment().from_string(source)
        except jinja2.TemplateSyntaxError as exc:
            raise ChatTemplateError(f"invalid chat template (line {exc.lineno}): {exc.message}") from exc

    @classmethod
    def from_metadata(cls, metadata: Mapping[str, Any]) -> ChatTemplate | None:
        """The file's template, or None for models without one (base models: plain completion)."""
        source = metadata.get("tokenizer.chat_template")
        if not isinstance(source, str) or not source.strip():
            return None
        return cls(source, _token_text(metadata, "bos"), _token_text(metadata, "eos"))

    def render(
        self,
        messages: Sequence[Mapping[str, Any]],
        add_generation_prompt: bool = True,
        tools: Sequence[Mapping[str, Any]] | None = None,
        **extra: Any,
    ) -> str:
        """The prompt text (special tokens spelled out: tokenize it with parse_special=True)."""
        try:
            return self._template.render(
                messages=[_normalize(m) for m in messages],
                add_generation_prompt=add_generation_prompt,
                bos_token=self.bos_token,
                eos_token=self.eos_token,
                tools=list(tools) if tools is not None else None,
                **extra,
            )
        except ChatTemplateError:
            raise
        except jinja2.TemplateError as exc:  # includes sandbox SecurityError
            raise ChatTemplateError(f"chat template failed: {exc}") from exc
        except (TypeError, ValueError, KeyError, IndexError, AttributeError) as exc:
            raise ChatTemplateError(f"chat template failed on these messages: {exc!r}") from exc


def render_chat(
    metadata: Mapping[str, Any],
    messages: Sequence[Mapping[str, Any]],
    add_generation_prompt: bool = True,
    tools: Sequence[Mapping[str, Any]] | None = None,
) -> str:
    """Render with the model's template; NoChatTemplateError when it has none."""
    template = ChatTemplate.from_metadata(metadata)
    if template is None:
        name = metadata.get("general.name", "this model")
        raise NoChatTemplateError(f"{name} has no tokenizer.chat_template: use plain completion")
    return template.render(messages, add_generation_prompt=add_generation_prompt, tools=tools)
