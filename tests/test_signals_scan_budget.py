"""One request's PII scan has a time budget (signals.pii.max_scan_seconds): a hostile body cannot hold the
classification thread, and every request queued behind it, for minutes, and what was not scanned does not leave.

Thousands of phone-shaped digit runs cost the pattern pass ~0.1 ms a character (each run is a phone candidate with
its context and checks), so a 4 MB body would take minutes. Past the budget the scan stops (before its next presidio
call, and within one: every 16 phone candidates), its result says `incomplete`, and the plan treats the body as
unscannable: local routes only, 400 `unscannable` for a remote one, one ledger row, nothing sent upstream.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from ledger_rows import ledger_row
from timing import scaled
from upstream import ServerThread, UpstreamControl, build_upstream

from gateway.app import create_app
from gateway.settings import ServerSettings
from gateway.signals import SignalSettings
from gateway.signals.classifier import SignalClassifier
from gateway.signals.pii import PiiDetector

KEY = "budget-key"
# ';'-separated cells of 11-digit runs: every run is a phone candidate that fails validation
HOSTILE = "a;12345678901;" * 20_000  # 280 KB
POLICY = """\
version: 1
mode: hybrid
default_route: remote
routes:
  local:
    backend: local
    model: {model}
    n_ctx: 512
    max_batch: 2
    max_queue: 8
  remote:
    backend: litellm
    model: openai/fake-model
    api_base: {upstream}/v1
    timeout_s: 10
    max_retries: 0
rules: []
signals:
  pii:
    max_scan_seconds: 0.5
"""


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    d = PiiDetector(SignalSettings().pii)
    d.warm()
    return d


# phone candidates of other shapes: a "label: number" line each, a number inside a sentence each (both valid numbers)
LABELLED_LINES = "a: 0612457893\n" * 14_000  # 196 KB
SENTENCES = "".join(f"Ring 06 12 45 {i % 100:02d} 93 tonight.\n" for i in range(8_000))  # 232 KB


# 1,500 distinct names (a name repeated is judged once per scan: pii._private_names_in), each judged in its context
_GIVEN = ("Helga Anna Maria Peter Klaus Jonas Lena Sophie Lukas Emma Felix Paula Moritz Greta Jakob Clara Elias Ida "
          "Noah Frieda Paul Mila Anton Lotta Oskar Hanna Emil Marie Theo Ella Leon Nora Finn Lina Karl Rosa Otto Alma "
          "Max Lea").split()
_FAMILY = ("Schmidt Meyer Weber Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Neumann Schwarz Zimmermann "
           "Braun Hofmann Hartmann Lange Werner Krause Lehmann Kaiser Fuchs Peters Lang Scholz Jung Hahn Vogel "
           "Keller Frank Berger Roth Beck Lorenz Baumann Albrecht Ludwig Winter Kraus").split()
NAME_LINES = "".join(f"{given} {family}\n" for given in _GIVEN for family in _FAMILY)[:21_000]  # ~1,500 lines


@pytest.mark.parametrize("body", [HOSTILE, LABELLED_LINES, SENTENCES, NAME_LINES],
                         ids=["cells", "labelled-lines", "sentences", "name-lines"])
def test_a_scan_past_its_budget_stops_and_says_incomplete(detector: PiiDetector, body: str) -> None:
    start = time.perf_counter()
    result = detector.detect([body], budget_s=0.2)
    elapsed = time.perf_counter() - start
    assert result.incomplete and not result.detected and not result.entities
    # the budget plus the candidates between two checks (16 phone candidates, milliseconds), not a whole 32 KB
    # chunk's presidio call (2-3 s on an idle machine, more on a shared one, before the check moved inside it)
    assert elapsed < scaled(1.5), elapsed


def test_a_budget_does_not_change_what_a_normal_scan_finds(detector: PiiDetector) -> None:
    text = "Please call my sister Priya Raman on +44 20 7183 0958 about the party."
    plain = detector.detect([text])
    budgeted = detector.detect([text], budget_s=60)
    assert not budgeted.incomplete and budgeted.entity_types == plain.entity_types == ["PERSON", "PHONE_NUMBER"]


def test_the_budget_is_per_call_and_leaves_no_deadline_behind(detector: PiiDetector) -> None:
    assert detector.detect([HOSTILE[:50_000]], budget_s=0.05).incomplete
    later = detector.detect(["write to jane.roe.4412@example.org today"])  # no budget: reads everything
    assert not later.incomplete and later.entity_types == ["EMAIL_ADDRESS"]


def test_the_classifier_passes_the_budget_and_still_scores_complexity() -> None:
    classifier = SignalClassifier(SignalSettings())
    signals = classifier.classify([HOSTILE], scan_budget_s=0.05)
    assert signals.pii.incomplete and 0.0 <= signals.complexity.score <= 1.0


def test_the_setting_is_validated() -> None:
    from pydantic import ValidationError

    assert SignalSettings().pii.max_scan_seconds == 5.0
    for bad in (0, -1, 10_000):
        with pytest.raises(ValidationError):
            SignalSettings.model_validate({"pii": {"max_scan_seconds": bad}})


# --- through the gateway -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[ServerThread, UpstreamControl]]:
    control = UpstreamControl()
    server = ServerThread(build_upstream(control)).start()
    yield server, control
    server.stop()


@pytest.fixture(scope="module")
def gateway(upstream: Any, smollm2_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp = tmp_path_factory.mktemp("budget")
    policy = tmp / "policy.yaml"
    policy.write_text(POLICY.format(model=smollm2_path, upstream=upstream[0].url))
    settings = ServerSettings(policy_path=policy, ledger_url=f"sqlite:///{tmp / 'ledger.db'}", api_keys=[KEY])
    server = ServerThread(create_app(settings)).start(timeout_s=300)
    server.db = tmp / "ledger.db"  # type: ignore[attr-defined]
    yield server
    server.stop()


@pytest.fixture()
def http(gateway: Any) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=gateway.url, headers={"authorization": f"Bearer {KEY}"}, timeout=120) as client:
        yield client


@pytest.mark.realmodel
def test_an_unfinished_scan_never_reaches_a_remote_route(http: httpx.Client, gateway: Any, upstream: Any) -> None:
    upstream[1].received.clear()
    body = {"model": "remote", "max_tokens": 1, "messages": [{"role": "user", "content": "tidy this up:\n" + HOSTILE}]}
    resp = http.post("/v1/chat/completions", json=body)
    error = resp.json()["error"]
    assert resp.status_code == 400 and error["code"] == "unscannable", resp.text
    assert "max_scan_seconds" in error["message"] and error["param"] == "messages"
    assert not upstream[1].received
    assert ledger_row(gateway.db, resp.headers["x-request-id"])["status"] == "rejected"
    # the next, ordinary request is scanned in full and goes where the policy sends it
    resp = http.post("/v1/chat/completions", json={"model": "auto", "max_tokens": 1,
                                                   "messages": [{"role": "user", "content": "Say hi"}]})
    assert resp.status_code == 200 and resp.headers["x-hybridgate-route"] == "remote", resp.text
    assert len(upstream[1].received) == 1


@pytest.mark.realmodel
def test_explain_answers_as_the_request_would_and_says_whether_the_scan_finished(http: httpx.Client) -> None:
    """On model "auto" only local routes stay candidates; this body is also far past the local route's context, so
    nothing may serve it: explain answers the same 400 the request would get."""
    resp = http.post("/v1/route/explain", json={"model": "auto", "max_tokens": 1,
                                                "messages": [{"role": "user", "content": HOSTILE}]})
    assert resp.status_code == 400 and resp.json()["error"]["code"] == "unscannable", resp.text
    resp = http.post("/v1/route/explain", json={"model": "auto", "messages": [{"role": "user", "content": "Say hi"}]})
    assert resp.status_code == 200 and resp.json()["pii"]["scan_complete"] is True
