"""bench/signals_eval.py's accounting of PII the gateway never forwards: a request whose PII sits only
in `metadata` (routing input, outgoing.GATEWAY_FIELDS) is protected when, and only when, none of the
values found there reaches the bytes a remote route is sent."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from gateway.signals.pii import PiiDetector
from gateway.signals.settings import PiiSettings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def signals_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_signals_eval", ROOT / "bench" / "signals_eval.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def detector() -> PiiDetector:
    return PiiDetector(PiiSettings())


def _record(messages: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {"id": "t", "category": "request_field", "sensitive": True, "entities": ["phone"], "endpoint": "chat",
            "body": {"model": "auto", "messages": messages, **fields}}


def test_pii_only_in_metadata_is_never_forwarded(signals_eval: ModuleType, detector: PiiDetector) -> None:
    record = _record([{"role": "user", "content": "Draft a two-line order confirmation."}],
                     metadata={"customer_phone": "+49 171 3703641", "order": "A-20931"})
    assert signals_eval.withheld(detector, record)


@pytest.mark.parametrize("leak", [
    "order for +49 171 3703641",  # the same value in a forwarded field
    "ref 491713703641 attached",  # its digits alone, reformatted
])
def test_a_value_that_also_reaches_the_payload_is_no_withheld_record(signals_eval: ModuleType,
                                                                     detector: PiiDetector, leak: str) -> None:
    record = _record([{"role": "user", "content": "Draft a two-line order confirmation."}], user=leak,
                     metadata={"customer_phone": "+49 171 3703641"})
    assert not signals_eval.withheld(detector, record)


def test_metadata_without_the_expected_entity_is_no_proof(signals_eval: ModuleType, detector: PiiDetector) -> None:
    """The label's PII must be what the scan finds in the withheld fields: a phone in `metadata` does not
    vouch for an email the forwarded fields may hold."""
    record = _record([{"role": "user", "content": "hello"}], metadata={"customer_phone": "+49 171 3703641"})
    record["entities"] = ["email"]
    assert not signals_eval.withheld(detector, record)


def test_a_scheme_found_under_the_detectors_type_is_found(signals_eval: ModuleType, detector: PiiDetector) -> None:
    """A generator's "MEDICAL_RECORD" label is the detector's MEDICAL_RECORD_NUMBER, a key's date of birth its
    DATE_OF_BIRTH (the key and its value are separate strings of the request)."""
    record = _record([{"role": "user", "content": "What do these lab values mean?"}],
                     metadata={"chart": "MRN 55102938", "dob": "1979-11-02"})
    record["entities"] = ["MEDICAL_RECORD", "DATE_OF_BIRTH"]
    assert signals_eval.withheld(detector, record)
    record["entities"] = ["MEDICAL_RECORD", "PASSPORT"]  # a passport the scan did not find there: no proof
    assert not signals_eval.withheld(detector, record)


@pytest.fixture(scope="module")
def classifier() -> Any:
    from gateway.signals import SignalSettings
    from gateway.signals.classifier import SignalClassifier

    return SignalClassifier(SignalSettings())


_PDF = "data:application/pdf;base64," + "JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K" * 4


def test_an_unscannable_payload_keeps_the_request_local_and_the_evaluator_says_so(
        signals_eval: ModuleType, classifier: Any) -> None:
    """The gateway serves a request with an inline binary file on local routes (binary_payloads: local):
    a sensitive one is protected whatever the scan found, a benign one counts as flagged (it lost the
    remote route), and both are listed apart so the detector's own recall is not read into it."""
    file_part = {"type": "file", "file": {"filename": "Ines_Harker_payslip.pdf", "file_data": _PDF}}
    sensitive = _record([{"role": "user", "content": [{"type": "text", "text": "Summarise this."}, file_part]}])
    sensitive["entities"] = ["person"]
    benign = {**_record([{"role": "user", "content": [{"type": "text", "text": "Summarise this."},
                                                     {"type": "image_url", "image_url": {"url": _PDF}}]}]),
              "id": "b", "category": "code_snippet", "sensitive": False, "entities": []}
    out = signals_eval.eval_pii(classifier, [sensitive, benign])
    assert out["unscannable"] == ["t", "b"]
    assert out["recall_overall"] == 1.0 and out["fp_rate"] == 1.0
    assert out["fp_types"] == {"unscannable payload": 1}


def test_a_category_holding_both_kinds_is_split_and_counted_by_label(signals_eval: ModuleType) -> None:
    """glacier files sensitive and benign requests under one industry: recall counts the sensitive records only,
    the false-positive rate the benign ones, and each table row is one of the two."""
    records = [_record([{"role": "user", "content": "Call me back on +49 171 3703641 about the claim."}]),
               {**_record([{"role": "user", "content": "What does a deductible mean on a claim?"}]),
                "id": "b", "sensitive": False, "entities": []}]
    mixed = signals_eval._mixed_categories(records)
    assert mixed == {"request_field"}
    assert [signals_eval._category(r, mixed) for r in records] == ["request_field (sensitive)", "request_field (benign)"]
