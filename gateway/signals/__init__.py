"""Routing signals (PII, complexity) the policy engine consumes.

Imports are lazy: the policy schema imports `gateway.signals.settings` and must not pay for
presidio/spaCy (seconds) just to validate a YAML file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gateway.signals.extract import extract_texts
from gateway.signals.settings import SignalSettings
from gateway.signals.types import ComplexityResult, PiiEntity, PiiResult, Signals

if TYPE_CHECKING:
    from gateway.signals.classifier import SignalClassifier

__all__ = ["ComplexityResult", "PiiEntity", "PiiResult", "SignalClassifier", "SignalSettings", "Signals",
           "extract_texts"]


def __getattr__(name: str) -> Any:
    if name == "SignalClassifier":
        from gateway.signals.classifier import SignalClassifier

        return SignalClassifier
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
