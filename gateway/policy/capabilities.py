"""What a request needs from a route beyond text in, text out, and what each route offers.

A route that lacks something a request asks for is skipped by the router (policy.rules), never
sent a request it would silently half-serve (an image dropped, a schema ignored).
A route's set comes from its backend kind unless the policy lists `capabilities:` for it.
"""

from __future__ import annotations

from typing import Any

from gateway.policy.schema import CAPABILITIES, Capability, RouteSpec
from gateway.protocol import ChatCompletionRequest, CompletionRequest

# Our engine: token logprobs, and tools + json_schema enforced by grammar-constrained decoding
# (local_engine/grammar.py, local_engine/tools.py). Vision needs a multimodal projector no default
# model has.
LOCAL_CAPABILITIES: frozenset[Capability] = frozenset({"logprobs", "tools", "json_schema"})
# A provider answers for itself: if its model cannot do something it says so with a 400.
REMOTE_CAPABILITIES: frozenset[Capability] = frozenset(CAPABILITIES)
IMAGE_PART_TYPES = frozenset({"image_url", "input_image", "image"})


def route_capabilities(spec: RouteSpec) -> frozenset[Capability]:
    """The policy's explicit list, else the backend's defaults."""
    if spec.capabilities is not None:
        return frozenset(spec.capabilities)
    return LOCAL_CAPABILITIES if spec.backend == "local" else REMOTE_CAPABILITIES


def required_capabilities(req: ChatCompletionRequest | CompletionRequest) -> dict[Capability, str]:
    """Capability -> the request parameter asking for it (named in a 400 when no route has it)."""
    needs: dict[Capability, str] = {}
    if isinstance(req, CompletionRequest):
        if req.logprobs is not None:
            needs["logprobs"] = "logprobs"
        return needs
    for i, message in enumerate(req.messages):
        if isinstance(message.content, list):
            for j, part in enumerate(message.content):
                if isinstance(part, dict) and part.get("type") in IMAGE_PART_TYPES:
                    needs.setdefault("vision", f"messages[{i}].content[{j}]")
    if req.wants_tools():
        needs["tools"] = "tools"
    if _structured(req.response_format):
        needs["json_schema"] = "response_format"
    if req.logprobs:
        needs["logprobs"] = "logprobs"
    return needs


def _structured(response_format: dict[str, Any] | None) -> bool:
    return bool(response_format) and response_format.get("type", "text") != "text"  # type: ignore[union-attr]
