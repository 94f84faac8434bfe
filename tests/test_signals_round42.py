"""Round 42: gaps found on the spread of round 41 (seen splits), each with a near miss.

- a Portuguese form abbreviates its birth-date label ("Data de nasc.: 06/08/1994", "Dt. nasc. ..."): the date is a
  date of birth, as it is after "Data de nascimento:"; a year after "nasc." with no day is not.
"""

from __future__ import annotations

import pytest
from pii_spans import detector  # noqa: F401 - the module-scoped fixture
from pii_spans import text_spans as _spans

from gateway.signals.pii import PiiDetector


def _types(detector: PiiDetector, text: str) -> set[str]:
    return {s[0] for s in _spans(detector, text)}


@pytest.mark.parametrize("text", [
    "Data de nasc.: 06/08/1994",
    "Letter to the editor (Macões & Alvino Advocacia)\nData de nasc.: 06/08/1994\nTwo centuries after Dostoyevsky "
    "(Notes from the House of the Dead), our prisons remain overcrowded.",
    "Dt. nasc. 06/08/1994",
])
def test_an_abbreviated_portuguese_birth_label_cues_a_birth_date(detector: PiiDetector, text: str) -> None:
    assert "DATE_OF_BIRTH" in _types(detector, text)


def test_a_year_after_nasc_is_no_birth_date(detector: PiiDetector) -> None:
    assert "DATE_OF_BIRTH" not in _types(detector, "O processo nasc. 2019 foi arquivado.")
