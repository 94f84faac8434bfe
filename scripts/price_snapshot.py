"""Write gateway/data/model_prices.json: per-token prices of chat/completion models from litellm's
bundled price map, so the ledger's counterfactual (what a request would have cost on the policy's
reference model) is priced without importing litellm (local-only servers never import it).

    python scripts/price_snapshot.py        # after bumping litellm in pyproject.toml
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

MODES = {"chat", "completion", "responses"}


def main() -> None:
    source = resources.files("litellm").joinpath("model_prices_and_context_window_backup.json")
    prices = json.loads(source.read_text("utf-8"))
    out = {}
    for name, entry in sorted(prices.items()):
        if not isinstance(entry, dict) or entry.get("mode") not in MODES:
            continue
        inp, outp = entry.get("input_cost_per_token"), entry.get("output_cost_per_token")
        if isinstance(inp, (int, float)) and isinstance(outp, (int, float)):
            out[name] = [float(inp), float(outp)]
    from importlib.metadata import version

    target = Path(__file__).resolve().parents[1] / "gateway" / "data" / "model_prices.json"
    target.write_text(json.dumps({"source": f"litellm {version('litellm')} model_prices_and_context_window_backup.json",
                                  "usd_per_token": out}, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"{target}: {len(out)} models")


if __name__ == "__main__":
    main()
