"""The PII detector under default settings and what it finds as (type, text) pairs: the helpers the
signals rounds' tests share (one detector per process: building one takes seconds)."""

from __future__ import annotations

import pytest

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


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    """DETECTOR as a fixture, for test modules written against a `detector` argument (import it)."""
    return DETECTOR


def text_spans(detector: PiiDetector, text: str) -> list[tuple[str, str]]:
    """(entity type, text) of every value `detector` locates in the one text."""
    return [(s.entity_type, text[s.start:s.end]) for s in detector.detect([text], locate=True).spans]


def text_types(detector: PiiDetector, text: str) -> set[str]:
    """The entity types `detector` locates in the one text."""
    return {kind for kind, _ in text_spans(detector, text)}
