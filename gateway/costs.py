"""What a call costs: a route's own price, or litellm's price map for its model.

Local routes carry a price too (per 1k tokens, or $/hour of hardware divided by measured
throughput) so that running on our own machine is never "free" by accident and the
dashboard's savings-vs-reference numbers mean something.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, model_validator

if TYPE_CHECKING:  # the policy schema embeds RoutePrice, so import RouteSpec for typing only
    from gateway.policy.schema import RouteSpec

log = logging.getLogger(__name__)

# Reservation cap when the client sends no max_tokens: large enough for a typical answer,
# small enough that one request cannot lock a whole budget. Routes may cap lower.
DEFAULT_MAX_TOKENS = 4096
_UNKNOWN_MODELS: set[str] = set()  # warned about once each


class RoutePrice(BaseModel):
    """A route's price. hourly_usd + throughput_tok_s derive a per-token price for local hardware."""

    model_config = ConfigDict(extra="forbid")

    input_per_1k_usd: float = Field(default=0.0, ge=0)
    output_per_1k_usd: float = Field(default=0.0, ge=0)
    hourly_usd: float | None = Field(default=None, ge=0)
    throughput_tok_s: float | None = Field(default=None, gt=0)

    @model_validator(mode="after")
    def _hourly_needs_throughput(self) -> RoutePrice:
        if (self.hourly_usd is None) != (self.throughput_tok_s is None):
            raise ValueError("hourly_usd and throughput_tok_s must be given together")
        return self

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        """USD for one call: per-1k prices plus the hardware time the tokens occupy."""
        usd = prompt_tokens / 1000 * self.input_per_1k_usd + completion_tokens / 1000 * self.output_per_1k_usd
        if self.hourly_usd is not None and self.throughput_tok_s:
            usd += (prompt_tokens + completion_tokens) / self.throughput_tok_s * self.hourly_usd / 3600
        return usd


def model_cost(model: str, prompt_tokens: int, completion_tokens: int) -> float:
    """litellm's price-map cost for a model; 0.0 (logged once per model) when it is unknown."""
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm  # lazy: ~3 s import, only needed for unpriced routes

    try:
        p, c = litellm.cost_per_token(
            model=model, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens
        )
    except Exception:  # litellm raises a bare Exception for models absent from its map
        if model not in _UNKNOWN_MODELS:
            _UNKNOWN_MODELS.add(model)
            log.warning("no price for model %r: set a route price; costing it at $0", model)
        return 0.0
    return float(p) + float(c)


def route_cost(route: RouteSpec, prompt_tokens: int, completion_tokens: int) -> float:
    """Cost of a call on a route: its configured price, else litellm's map for its model."""
    if route.price is not None:
        return route.price.cost(prompt_tokens, completion_tokens)
    return model_cost(route.model, prompt_tokens, completion_tokens)


def worst_case_cost(route: RouteSpec, prompt_tokens: int, max_tokens: int | None) -> float:
    """What to reserve before a call: the prompt plus every token the call may generate."""
    cap = DEFAULT_MAX_TOKENS if max_tokens is None else max_tokens
    return route_cost(route, prompt_tokens, cap)


def counterfactual_cost(reference_model: str | None, prompt_tokens: int, completion_tokens: int) -> float:
    """What the same tokens would have cost on the policy's reference remote model."""
    if not reference_model:
        return 0.0
    return model_cost(reference_model, prompt_tokens, completion_tokens)


def tokens_for_text(model: str, text: str) -> int:
    """Token count of generated text, for streams whose provider sent no usage (so they never cost $0).

    litellm counts with the model's tokenizer when it knows it (tiktoken files ship inside
    litellm, so this works offline) and falls back to cl100k otherwise.
    """
    if not text:
        return 0
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm

    return int(litellm.token_counter(model=model, text=text))
