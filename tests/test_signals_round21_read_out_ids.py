"""Round 21 (issue 12): an identity number read out in words is never a documentation value.

The benign rounds taught documentation_record that HTML attributes and one-line JSON objects are records; a
record whose every value is a published example is cleared. An ID read out word by word after an "ID:" label
("one three one zero ...", passing its scheme's check) was then cleared with the record it sat in: documentation
prints its example identifiers, it never dictates one, so a record holding one is somebody's."""

from __future__ import annotations

import pytest

from gateway.signals import SignalSettings
from gateway.signals.pii import PiiDetector


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(SignalSettings().pii)


def _types(detector: PiiDetector, text: str) -> set[str]:
    return {s.entity_type for s in detector.detect([text], locate=True).spans}


@pytest.mark.parametrize("text", [
    '<li class="row" data-a="ID: one three one zero five two three zero eight T" data-b="status: pending">x</li>',
    '<tr data-id="ID: three zero seven one eight four five two three" data-note="see docs"></tr>',
    '{"k": "ID: one three one zero five two three zero eight T", "v": "example"}',
])
def test_a_read_out_id_in_a_record_stays_found(detector: PiiDetector, text: str) -> None:
    assert "NATIONAL_ID" in _types(detector, text)


@pytest.mark.parametrize("text", [
    '<li data-card="4111 1111 1111 1111" data-iban="DE89 3704 0044 0532 0130 00" data-mail="test@example.com"></li>',
    '<tr data-id="ID: one two three four five six seven eight nine" data-note="see docs"></tr>',  # fails every check
])
def test_records_of_examples_stay_clean(detector: PiiDetector, text: str) -> None:
    assert not _types(detector, text) - {"PERSON"}
