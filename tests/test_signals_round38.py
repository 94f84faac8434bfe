"""Round 38: blind batch 9's structured leak (solfatara): a Korean mobile the span judge dropped.

South Korea's plan is not among PHONE_REGIONS, so "010-2071-1533" read as no mobile and the judge's rule "never drop a
mobile" (recognizers.mobile_line) did not hold for it. Korean mobiles are now read by the way Koreans write them, as
China's are (recognizers.shaped_mobile); spaced look-alikes, which are as often a Beijing or Rotterdam office's line,
are not.
"""

from __future__ import annotations

import pytest

from gateway.signals.pii import PiiDetector
from gateway.signals.recognizers import mobile_line, shaped_mobile
from gateway.signals.settings import PiiSettings


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    det = PiiDetector(PiiSettings())
    det.warm()
    return det


@pytest.mark.parametrize("value", ["010-2071-1533", "010-1019-2810", "139-2231-0876", "138 1995 0311"])
def test_mobiles_written_the_korean_or_chinese_way(value: str) -> None:
    assert shaped_mobile(value) and mobile_line(value)


@pytest.mark.parametrize("value", ["010 9368 6323", "010 938 4445", "02-123-4567", "011 234 9978", "010-2071-15333"])
def test_spaced_or_fixed_look_alikes_are_no_shaped_mobile(value: str) -> None:
    assert not shaped_mobile(value)


def test_the_judge_keeps_a_korean_mobile_under_a_law_firms_letter(detector: PiiDetector) -> None:
    text = ("한빛 법률사무소\n사건번호: PB-2024-489192\nRe: our client N. N. (생년월일 [DD/MM/YYYY])\n"
            "We write further to the Board's directions of last month.\nLegal visits: info@moj.go.kr\n"
            "연락처: 010-2071-1533")
    spans = [(s.entity_type, text[s.start:s.end]) for s in detector.detect([text], locate=True).spans]
    assert ("PHONE_NUMBER", "010-2071-1533") in spans
