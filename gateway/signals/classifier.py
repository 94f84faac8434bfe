"""SignalClassifier: both signals for one policy, the object the pipeline calls (in a thread)."""

from __future__ import annotations

from gateway.signals.complexity import ComplexityScorer
from gateway.signals.pii import PiiDetector
from gateway.signals.settings import SignalSettings
from gateway.signals.types import LabelledValue, Signals

_CHARS_PER_TOKEN = 4  # English BPE averages ~4 chars/token: good enough for rules and reservations


class SignalClassifier:
    """Thread-safe: holds only immutable settings; the presidio engine is shared and locked."""

    def __init__(self, settings: SignalSettings | None = None) -> None:
        self.settings = settings or SignalSettings()
        self._pii = PiiDetector(self.settings.pii)
        self._complexity = ComplexityScorer(self.settings.complexity)

    def warm(self) -> None:
        """Build the presidio engine now (seconds) instead of on the first request."""
        self._pii.warm()

    def classify(self, texts: list[str], scan: list[str] | tuple[str, ...] | None = None,
                 labelled: tuple[LabelledValue, ...] = (), scan_budget_s: float | None = None) -> Signals:
        """Complexity and size from the conversation `texts`; PII from `scan` (every string a
        remote route would receive, see outgoing.py), or from `texts` when not given; `labelled`:
        values of `scan` that a JSON schema in the request describes (Outgoing.labelled); `scan_budget_s`: stop the
        PII scan after this many seconds (its result then says `incomplete`)."""
        pii_texts = list(texts if scan is None else scan)
        return Signals(
            pii=self._pii.detect(pii_texts, locate=self.settings.pii.transforms, labelled=labelled,
                                 budget_s=scan_budget_s),
            complexity=self._complexity.score(texts),
            prompt_tokens_estimate=estimate_tokens(texts),
        )


def estimate_tokens(texts: list[str]) -> int:
    """Cheap prompt-size estimate (chars / 4, plus a few tokens of chat framing per message)."""
    return sum(len(t) for t in texts) // _CHARS_PER_TOKEN + 4 * len(texts)
