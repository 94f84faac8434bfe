"""The PII detector under default settings and what it finds as (type, text) pairs: the helpers the
signals rounds' tests share (one detector per process: building one takes seconds)."""

from __future__ import annotations

from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings

DETECTOR = PiiDetector(PiiSettings())


def spans(texts: list[str]) -> list[tuple[str, str]]:
    """(entity type, the text of the span) of every value the detector locates in `texts`."""
    result = DETECTOR.detect(texts, locate=True)
    return [(s.entity_type, texts[s.index][s.start:s.end]) for s in result.spans]


def types(texts: list[str]) -> set[str]:
    """The entity types located in `texts`."""
    return {kind for kind, _ in spans(texts)}
