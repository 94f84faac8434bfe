"""The span judge (gateway/signals/span_judge.py): a learned second opinion on the names, phones, addresses and
e-mails the rules found. It can only drop a value, never add one; a private cue keeps a value whatever it scores; it
judges only values in fields long enough to read (span_judge_min_field_chars) and at most a bounded number per
scan; the policy can turn it off or move each type's cut-off; the shipped weights are the ones
bench/train_span_judge.py writes. Our own phrasings, invented names and organisations."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from pydantic import ValidationError
from timing import scaled

from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings
from gateway.signals.span_judge import BITS, features, privately_cued, shipped_judge

ROOT = Path(__file__).resolve().parents[1]
JUDGED = {"PERSON", "PHONE_NUMBER", "STREET_ADDRESS", "EMAIL_ADDRESS"}
RULES_ONLY = PiiDetector(PiiSettings(span_judge=False))  # the rules decide alone
# (every field judged, however short: these texts are one sentence each)
JUDGED_TOO = PiiDetector(PiiSettings(span_judge=True, span_judge_min_field_chars=0))
STRICT = PiiDetector(PiiSettings(span_judge=True, span_judge_min_field_chars=0,
                                 span_judge_cutoffs={t: 1.0 for t in JUDGED}))  # drops every uncued value
LENIENT = PiiDetector(PiiSettings(span_judge=True, span_judge_min_field_chars=0,
                                  span_judge_cutoffs={t: 0.0 for t in JUDGED}))  # keeps every value


def _spans(detector: PiiDetector, text: str) -> set[tuple[str, str]]:
    return {(s.entity_type, text[s.start:s.end]) for s in detector.detect([text], locate=True).spans}


MIXED = [
    "Ring Corvin Ashdown on 07823 550461 about the boiler, he is at 14 Millbrook Lane, Tavistock.",
    "Switchboard: +44 20 7946 0321 · enquiries@harwick-lettings.example · 2 Quayside, Harwick",
    "Minutes: the treasurer, Ilse Varnholt, reported a surplus; apologies from Dag Ormerod.",
    "Bitte an Frau Jorinde Kesselbach, Lindenweg 4, 37073 Göttingen, Tel. 0551 3790412 schicken.",
    "Customer Minutes Lost YTD: 41.3 (source: the regulator's published table)",
]


def test_the_shipped_judge_loads_with_a_cut_off_for_each_judged_type() -> None:
    judge = shipped_judge()
    assert judge is not None
    assert judge.weights.shape == (1 << BITS,)
    assert set(judge.cutoffs) == JUDGED
    assert all(0.0 < c < 1.0 for c in judge.cutoffs.values())


def test_cut_offs_are_checked_by_the_policy() -> None:
    with pytest.raises(ValidationError):
        PiiSettings(span_judge_cutoffs={"PERSON": 1.5})


@pytest.mark.parametrize("text", MIXED)
def test_the_judge_only_drops(text: str) -> None:
    assert _spans(JUDGED_TOO, text) <= _spans(RULES_ONLY, text)
    assert _spans(STRICT, text) <= _spans(JUDGED_TOO, text)


@pytest.mark.parametrize("text", MIXED)
def test_a_zero_cut_off_keeps_what_the_rules_found(text: str) -> None:
    assert _spans(LENIENT, text) == _spans(RULES_ONLY, text)


@pytest.mark.parametrize("text,value", [
    ("Can you remind my sister Maelis Trevanion to bring the forms?", "Maelis Trevanion"),
    ("PS our neighbour Hollis Brackwater will collect the parcel on Friday.", "Hollis Brackwater"),
    ("my private mobile for the day itself: 07823 441907", "07823 441907"),
    ("Mi hermano Tadeo Villaseñor vive en la calle Alcalá 212, Madrid.", "Tadeo Villaseñor"),
])
def test_a_private_cue_keeps_the_value_whatever_it_scores(text: str, value: str) -> None:
    assert any(v == value or value in v for _, v in _spans(RULES_ONLY, text))
    assert any(v == value or value in v for _, v in _spans(STRICT, text))


@pytest.mark.parametrize("text,value", [
    ("Speakers: Maelis Trevanion (keynote) and the panel.", "Maelis Trevanion"),
    ("Speakers on the programme: Hollis Brackwater, Orsolya Quint.", "Hollis Brackwater"),
])
def test_without_a_cue_a_value_under_the_cut_off_is_dropped(text: str, value: str) -> None:
    assert not privately_cued(text, text.index(value), text.index(value) + len(value))
    assert all(value not in v for _, v in _spans(STRICT, text))


def test_on_by_default_for_fields_long_enough_to_read() -> None:
    """Round 35: on by default, for values in fields of 150 characters or more. A short request ("Send 50 Swiss
    Francs to Jonas Keller") gives it too few words around the value, and the rules decide alone there."""
    settings = PiiSettings()
    assert settings.span_judge is True and settings.span_judge_min_field_chars == 150
    short = "Speakers on the programme: Hollis Brackwater, Orsolya Quint."
    strict_default = PiiDetector(PiiSettings(span_judge_cutoffs={t: 1.0 for t in JUDGED}))
    assert _spans(strict_default, short) == _spans(RULES_ONLY, short)  # too short to judge
    padded = short + " The programme runs from nine until five in the main hall; lunch is served at one. " * 2
    assert all("Hollis Brackwater" not in v for _, v in _spans(strict_default, padded))


def test_a_mailbox_named_for_a_person_is_never_dropped() -> None:
    text = "ATTENDEE;CN=Jonas Virtanen:mailto:jonas.virtanen@brightmoss.io"
    start = text.index("jonas.virtanen@")
    assert privately_cued(text, start, len(text))
    assert ("EMAIL_ADDRESS", "jonas.virtanen@brightmoss.io") in _spans(STRICT, text)
    role = "Helpdesk: helpdesk.team@brightmoss.io"
    assert not privately_cued(role, role.index("helpdesk.team"), len(role))


def test_e_mail_addresses_are_judged_only_where_the_policy_asks() -> None:
    """Round 35: an e-mail address is a structured identifier; the rules read its owner from the address itself.
    The judge leaves e-mails alone unless `span_judge_cutoffs` names EMAIL_ADDRESS."""
    text = ("Received:\nFrom: wkestrelby@gmail.com\n\nmonth | usage | cost | read type\nJan | 205 kWh | 164.20 | C\n"
            "Feb | 198 kWh | 158.90 | E\nMar | 176 kWh | 140.10 | A\nApr | 150 kWh | 120.00 | A\n")
    no_email_cut = PiiDetector(PiiSettings(span_judge_cutoffs={t: 1.0 for t in JUDGED - {"EMAIL_ADDRESS"}}))
    assert ("EMAIL_ADDRESS", "wkestrelby@gmail.com") in _spans(no_email_cut, text)
    assert ("EMAIL_ADDRESS", "wkestrelby@gmail.com") not in _spans(STRICT, text)  # asked: judged (and dropped)


def test_judged_findings_per_scan_are_bounded() -> None:
    """Thousands of look-alikes in one request: past the bound they are kept unjudged (flagged, fail safe), and the
    judge adds no time to speak of."""
    text = "x.1 at gmail " * 3_900
    began = time.process_time()
    STRICT.detect([text], locate=True)
    strict_cost = time.process_time() - began
    began = time.process_time()
    RULES_ONLY.detect([text], locate=True)
    assert strict_cost < 2 * (time.process_time() - began) + scaled(1.0)


def test_features_read_only_the_windows_around_the_value() -> None:
    """Bounded cost: a value in the middle of 2 MB of text costs what it costs in 400 characters."""
    filler = "lorem ipsum dolor sit amet " * 40_000
    text = filler + "call Corvin Ashdown today " + filler
    at = text.index("Corvin")
    began = time.perf_counter()
    for _ in range(200):
        features(text, at, at + len("Corvin Ashdown"), "PERSON")
    assert (time.perf_counter() - began) / 200 < 0.005
    near = "lorem ipsum dolor sit amet " * 30 + "call Corvin Ashdown today " + "lorem ipsum dolor sit amet " * 30
    k = near.index("Corvin")
    assert sorted(features(text, at, at + 14, "PERSON")) == sorted(features(near, k, k + 14, "PERSON"))


def test_features_stay_within_the_value_s_own_field() -> None:
    text = "my sister\x00Corvin Ashdown rang"
    at = text.index("Corvin")
    inside = features(text, at, at + 14, "PERSON", lo=at, hi=len(text))
    assert not any("sister" in f for f in inside)


def test_the_trainer_fits_and_writes_a_judge(tmp_path: Path) -> None:
    """bench/train_span_judge.py end to end on a small harvest: a private context and a public one, two worlds."""
    rows = []
    for split in ("one", "two", "three"):
        for k in range(40):
            rows.append({"split": split, "id": f"{split}-{k}", "sensitive": True, "label": 1, "type": "PERSON",
                         "kind": "final", "source": "now", "left": "please phone my cousin ", "value": "Corvin Ashdown",
                         "right": " tonight", "at": 0})
            rows.append({"split": split, "id": f"{split}-b{k}", "sensitive": False, "label": 0, "type": "PERSON",
                         "kind": "final", "source": "now", "left": "Keynote speakers announced: ",
                         "value": "Corvin Ashdown", "right": " (chair of the society)", "at": 0})
    harvest = tmp_path / "spans.jsonl"
    harvest.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    model = tmp_path / "judge.npz"
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "train_span_judge.py"), str(harvest), "--write",
                           "--model", str(model), "--folds", "3", "--epochs", "40"],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    with np.load(model) as data:
        assert data["weights"].shape == (1 << BITS,)
        assert "PERSON" in [str(t) for t in data["types"]]
