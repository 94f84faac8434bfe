"""What a call costs: a route's own price, or litellm's price map for its model.

Local routes carry a price too (per 1k tokens, or $/hour of hardware divided by measured
throughput) so that running on our own machine is never "free" by accident and the
dashboard's savings-vs-reference numbers mean something.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, model_validator

if TYPE_CHECKING:  # the policy schema embeds RoutePrice, so import RouteSpec for typing only
    from gateway.policy.schema import RouteSpec

log = logging.getLogger(__name__)

# Reservation cap when the client sends no max_tokens: large enough for a typical answer,
# small enough that one request cannot lock a whole budget. Routes may cap lower.
DEFAULT_MAX_TOKENS = 4096
_UNKNOWN_MODELS: set[str] = set()  # warned about once each, then costed at $0 without asking litellm again
_REGISTERED: set[str] = set()  # route models this module gave litellm a price-map entry for


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

    def per_token_usd(self) -> tuple[float, float]:
        """(input, output) USD per token: the per-1k prices plus the hardware time one token occupies."""
        hardware = 0.0
        if self.hourly_usd is not None and self.throughput_tok_s:
            hardware = self.hourly_usd / 3600 / self.throughput_tok_s
        return self.input_per_1k_usd / 1000 + hardware, self.output_per_1k_usd / 1000 + hardware

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        """USD for one call."""
        per_input, per_output = self.per_token_usd()
        return prompt_tokens * per_input + completion_tokens * per_output


@lru_cache(maxsize=1)
def _snapshot() -> dict[str, tuple[float, float]]:
    """USD per (prompt, completion) token by model: gateway/data/model_prices.json, a snapshot of
    litellm's bundled map (scripts/price_snapshot.py), read without importing litellm."""
    data = json.loads(resources.files("gateway").joinpath("data/model_prices.json").read_text("utf-8"))
    return {name: (float(p), float(c)) for name, (p, c) in data["usd_per_token"].items()}


def snapshot_cost(model: str, prompt_tokens: int, completion_tokens: int) -> float | None:
    """Cost from the price snapshot ("openai/gpt-4o-mini" or "gpt-4o-mini"); None if absent."""
    prices = _snapshot()
    entry = prices.get(model) or prices.get(model.partition("/")[2])
    if entry is None:
        return None
    return prompt_tokens * entry[0] + completion_tokens * entry[1]


def model_cost(model: str, prompt_tokens: int, completion_tokens: int) -> float:
    """A model's cost from the price snapshot, else (when a remote route already loaded it)
    litellm's live map; 0.0 (logged once per model) when neither knows it. Never imports
    litellm itself: a local-only server prices its counterfactual without it."""
    if model in _UNKNOWN_MODELS:  # litellm's miss is slow (a search over name generalisations, then a raise)
        return 0.0
    usd = snapshot_cost(model, prompt_tokens, completion_tokens)
    if usd is None and "litellm" in sys.modules:
        usd = _litellm_cost(model, prompt_tokens, completion_tokens)
    if usd is None:
        _UNKNOWN_MODELS.add(model)
        log.warning("no price for model %r: set a route price; costing it at $0", model)
        return 0.0
    return usd


def _litellm_cost(model: str, prompt_tokens: int, completion_tokens: int) -> float | None:
    """litellm's price-map cost; None when its map has no price for the model."""
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm  # lazy: ~3 s import, only needed for unpriced routes

    try:
        p, c = litellm.cost_per_token(model=model, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)
    except Exception:  # litellm raises a bare Exception for models absent from its map
        return None
    return float(p) + float(c)


def register_route_prices(routes: Iterable[RouteSpec]) -> None:
    """Give litellm a price-map entry for every litellm route model its map lacks.

    litellm prices each call itself, before returning it (the gateway ignores that figure: the ledger
    uses `route_cost`). For a model missing from its map, that lookup and its per-call model-info
    lookups search litellm's name-generalisation rules: ~1,300 of ~9,800 function calls per request
    (cProfile) against the bench's `openai/fake-model`. The entry holds what this module charges for the route:
    its price, else $0 as `model_cost` charges unknown models (after its warning). Call it after the
    routes were priced once, so that warning is still given.
    """
    import litellm

    for spec in routes:
        if spec.backend != "litellm":
            continue
        if spec.model not in _REGISTERED and _litellm_cost(spec.model, 1, 1) is not None:
            continue  # in litellm's own map
        per_input, per_output = spec.price.per_token_usd() if spec.price is not None else (0.0, 0.0)
        try:
            provider = litellm.get_llm_provider(spec.model, api_base=spec.api_base)[1]
        except litellm.BadRequestError:  # no provider prefix litellm knows: the call itself will say so
            continue
        # Cached prompt tokens cost what `route_cost` charges for any prompt token.
        litellm.register_model({spec.model: {
            "input_cost_per_token": per_input, "output_cost_per_token": per_output,
            "cache_read_input_token_cost": per_input, "cache_creation_input_token_cost": per_input,
            "litellm_provider": provider, "mode": "chat"}})
        _REGISTERED.add(spec.model)
        _UNKNOWN_MODELS.discard(spec.model)


def route_cost(route: RouteSpec, prompt_tokens: int, completion_tokens: int) -> float:
    """Cost of a call on a route: its configured price, else litellm's map for its model."""
    if route.price is not None:
        return route.price.cost(prompt_tokens, completion_tokens)
    return model_cost(route.model, prompt_tokens, completion_tokens)


def output_limit(route: RouteSpec, prompt_tokens: int, max_tokens: int | None) -> int:
    """The most tokens one call on this route can generate: the client's max_tokens (else
    DEFAULT_MAX_TOKENS), never more than the route allows. A local route stops where its
    context (n_ctx) fills; a remote one at its model's output limit in litellm's map, else at the
    route's n_ctx minus the prompt. The pipeline sends a remote route no larger max_tokens, so
    the reservation made from this is the call's true worst case and no client can reserve more."""
    wanted = DEFAULT_MAX_TOKENS if max_tokens is None else max_tokens
    room = max(1, route.n_ctx - prompt_tokens)
    if route.backend == "litellm" and (known := _max_output_tokens(route.model)) is not None:
        room = known
    return max(1, min(wanted, room))


_OUTPUT_LIMITS: dict[str, int | None] = {}


def _max_output_tokens(model: str) -> int | None:
    """litellm's max_output_tokens for a model (cached: the lookup walks name variants)."""
    if model not in _OUTPUT_LIMITS:
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        import litellm

        try:
            info = litellm.get_model_info(model)
            value = info.get("max_output_tokens") or info.get("max_tokens")
        except Exception:  # litellm raises a bare Exception for models absent from its map
            value = None
        _OUTPUT_LIMITS[model] = int(value) if value else None
    return _OUTPUT_LIMITS[model]


def worst_case_cost(route: RouteSpec, prompt_tokens: int, max_tokens: int | None) -> float:
    """What to reserve before a call: the prompt plus every token the call may generate."""
    return route_cost(route, prompt_tokens, output_limit(route, prompt_tokens, max_tokens))


def counterfactual_cost(reference_model: str | None, prompt_tokens: int, completion_tokens: int) -> float:
    """What the same tokens would have cost on the policy's reference remote model."""
    if not reference_model:
        return 0.0
    return model_cost(reference_model, prompt_tokens, completion_tokens)


def tokens_for_text(model: str, text: str) -> int:
    """Token count of generated text, for streams whose provider sent no usage (so they never cost $0).

    litellm counts with the model's tokenizer when it knows it (tiktoken files ship inside
    litellm, so this works offline) and falls back to cl100k otherwise. Without litellm loaded
    (a local-only server, whose own deltas carry exact counts) ~4 characters make a token.
    """
    if not text:
        return 0
    if "litellm" not in sys.modules:
        return max(1, len(text) // 4)
    import litellm

    return int(litellm.token_counter(model=model, text=text))
