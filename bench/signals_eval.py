"""Evaluate the routing signals on the labelled sets in bench/data/signals/.

    python bench/signals_eval.py [--split cay|sill|wold|wadi|knoll|mire|arroyo|hummock|rill|doline|gour|klint|ravine|caldera|bluff|kopje|outwash|inlier|zeugen|solfatara|bergschrund|monadnock|lapiaz|felsenmeer|sinter|tufa|scarp|hamada|flysch|regolith|gnamma|lunette|coquina|yazoo|sabkha|bornhardt|nubbin|tinaja|caprock|tuya|kipuka|sastrugi|lahar|maar|horst|tor|cwm|pediment|sandur|ria|guyot|hogback|kettle|erg|talus|serac|moulin|barchan|coulee|mogote|fumarole|inselberg|tafoni|ventifact|hoodoo|nunatak|polje|yardang|arete|bajada|cuesta|loess|playa|pingo|kame|tepui|esker|isthmus|skerry|drumlin|dune|scree|tombolo|geyser|cenote|butte|oxbow|karst|mesa|fen|atoll|steppe|moraine|bayou|sierra|tarn|lagoon|canyon|delta|estuary|cirque|glacier|meadow|fjord|tundra|heron|kestrel|mosaic|quarry|lantern|atlas|unseen|sealed|blind|wild|fresh|final|heldout|dev] [--latency-runs 50] [--json out.json]
    python bench/signals_eval.py --spread [--jobs 2]   # every split side by side: the spread, not the best one

PII is scanned as the gateway scans it: every string of the remote payload (gateway/signals/outgoing.py).
A sensitive request whose PII sits only in fields the gateway never forwards (`metadata`) counts as protected
when the scan finds it there and none of its values occurs in the bytes sent (see `withheld`); reported apart.
A request the gateway keeps on local routes because part of it cannot be scanned (an inline image, audio clip or
binary file under the default `signals.pii.binary_payloads: local`; `Outgoing.unscannable`) is protected when
sensitive and counted as flagged when benign (it lost the remote route); also reported apart.
`wild`, `blind`, `sealed`, `unseen`, `atlas`, `mosaic`, `quarry`, `lantern`, `kestrel`, `heron`, `tundra`, `fjord`, `meadow`, `glacier`,
`cirque`, `estuary`, `delta`, `canyon`, `lagoon`, `tarn`, `sierra`, `bayou`, `moraine`, `steppe`, `atoll`, `fen`, `mesa`, `karst`, `oxbow`, `butte`, `cenote`, `geyser`, `tombolo`, `dune`, `scree`, `drumlin`, `skerry`, `esker`, `isthmus`, `playa`, `pingo`, `kame`, `tepui`, `arete`, `bajada`, `cuesta`, `loess`, `hoodoo`, `nunatak`, `polje`, `yardang`, `inselberg`, `tafoni`, `ventifact`, `barchan`, `coulee`, `mogote`, `fumarole`, `talus`, `serac`, `moulin`, `hogback`, `kettle`, `erg`, `sandur`, `ria`, `guyot`, `tor`, `cwm`, `pediment`, `lahar`, `maar`, `horst`, `tuya`, `kipuka`, `sastrugi`, `nubbin`, `tinaja`, `caprock`, `yazoo`, `sabkha`, `bornhardt`, `gnamma`, `lunette`, `coquina`, `hamada`, `flysch`, `regolith`, `sinter`, `tufa`, `scarp`, `monadnock`, `lapiaz`, `felsenmeer`, `zeugen`, `solfatara`, `bergschrund`, `kopje`, `outwash`, `inlier`, `ravine`, `caldera`, `bluff`, `doline`, `gour`, `klint`, `arroyo`, `hummock`, `rill`, `wadi`, `knoll`, `mire`, `cay`, `sill` and `wold` come from a hundred and fifteen more
generators (bench/make_wild_signal_sets.py, bench/make_blind_signal_sets.py, bench/make_sealed_signal_sets.py,
bench/make_unseen_signal_sets.py, bench/make_atlas_signal_sets.py, bench/make_mosaic_signal_sets.py,
bench/make_quarry_signal_sets.py, bench/make_lantern_signal_sets.py, bench/make_kestrel_signal_sets.py, bench/make_heron_signal_sets.py,
bench/make_tundra_signal_sets.py, bench/make_fjord_signal_sets.py, bench/make_meadow_signal_sets.py,
bench/make_glacier_signal_sets.py, bench/make_cirque_signal_sets.py, bench/make_estuary_signal_sets.py,
bench/make_delta_signal_sets.py, bench/make_canyon_signal_sets.py, bench/make_lagoon_signal_sets.py,
bench/make_tarn_signal_sets.py, bench/make_sierra_signal_sets.py, bench/make_bayou_signal_sets.py, bench/make_moraine_signal_sets.py,
bench/make_steppe_signal_sets.py, bench/make_atoll_signal_sets.py, bench/make_fen_signal_sets.py,
bench/make_mesa_signal_sets.py, bench/make_karst_signal_sets.py, bench/make_oxbow_signal_sets.py, bench/make_butte_signal_sets.py, bench/make_cenote_signal_sets.py,
bench/make_geyser_signal_sets.py, bench/make_tombolo_signal_sets.py, bench/make_dune_signal_sets.py,
bench/make_scree_signal_sets.py, bench/make_drumlin_signal_sets.py, bench/make_skerry_signal_sets.py,
bench/make_esker_signal_sets.py, bench/make_isthmus_signal_sets.py, bench/make_playa_signal_sets.py,
bench/make_pingo_signal_sets.py, bench/make_kame_signal_sets.py, bench/make_tepui_signal_sets.py,
bench/make_arete_signal_sets.py, bench/make_bajada_signal_sets.py, bench/make_cuesta_signal_sets.py,
bench/make_loess_signal_sets.py, bench/make_hoodoo_signal_sets.py, bench/make_nunatak_signal_sets.py,
bench/make_polje_signal_sets.py, bench/make_yardang_signal_sets.py, bench/make_inselberg_signal_sets.py,
bench/make_tafoni_signal_sets.py, bench/make_ventifact_signal_sets.py,
bench/make_barchan_signal_sets.py, bench/make_coulee_signal_sets.py, bench/make_mogote_signal_sets.py, bench/make_fumarole_signal_sets.py,
bench/make_talus_signal_sets.py, bench/make_serac_signal_sets.py, bench/make_moulin_signal_sets.py,
bench/make_hogback_signal_sets.py, bench/make_kettle_signal_sets.py, bench/make_erg_signal_sets.py,
bench/make_sandur_signal_sets.py, bench/make_ria_signal_sets.py, bench/make_guyot_signal_sets.py,
bench/make_tor_signal_sets.py, bench/make_cwm_signal_sets.py, bench/make_pediment_signal_sets.py,
bench/make_lahar_signal_sets.py, bench/make_maar_signal_sets.py, bench/make_horst_signal_sets.py,
bench/make_tuya_signal_sets.py, bench/make_kipuka_signal_sets.py, bench/make_sastrugi_signal_sets.py,
bench/make_nubbin_signal_sets.py, bench/make_tinaja_signal_sets.py, bench/make_caprock_signal_sets.py,
bench/make_yazoo_signal_sets.py, bench/make_sabkha_signal_sets.py, bench/make_bornhardt_signal_sets.py,
bench/make_gnamma_signal_sets.py, bench/make_lunette_signal_sets.py, bench/make_coquina_signal_sets.py,
bench/make_hamada_signal_sets.py, bench/make_flysch_signal_sets.py, bench/make_regolith_signal_sets.py,
bench/make_sinter_signal_sets.py, bench/make_tufa_signal_sets.py, bench/make_scarp_signal_sets.py,
bench/make_monadnock_signal_sets.py, bench/make_lapiaz_signal_sets.py, bench/make_felsenmeer_signal_sets.py,
bench/make_zeugen_signal_sets.py, bench/make_solfatara_signal_sets.py, bench/make_bergschrund_signal_sets.py,
bench/make_kopje_signal_sets.py, bench/make_outwash_signal_sets.py, bench/make_inlier_signal_sets.py,
bench/make_ravine_signal_sets.py, bench/make_caldera_signal_sets.py, bench/make_bluff_signal_sets.py,
bench/make_doline_signal_sets.py, bench/make_gour_signal_sets.py, bench/make_klint_signal_sets.py,
bench/make_arroyo_signal_sets.py, bench/make_hummock_signal_sets.py, bench/make_rill_signal_sets.py,
bench/make_wadi_signal_sets.py, bench/make_knoll_signal_sets.py, bench/make_mire_signal_sets.py,
bench/make_cay_signal_sets.py, bench/make_sill_signal_sets.py, bench/make_wold_signal_sets.py),
independent of the one that made the other splits and of each other.

Prints PII recall by category, false-positive rate on benign prompts, per-entity confusion;
complexity AUROC (overall, length-adversarial) and accuracy at the policy thresholds, next to
LiteLLM's rule-based ComplexityRouter on the same prompts; latency p50/p99 of both signals by
prompt size. Generate the sets first with bench/make_signal_sets.py.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from gateway.signals import SignalSettings, extract_texts  # noqa: E402
from gateway.signals.classifier import SignalClassifier  # noqa: E402
from gateway.signals.outgoing import GATEWAY_FIELDS, build_outgoing  # noqa: E402
from gateway.signals.pii import PiiDetector  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "signals"
STRUCTURED = {"email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "credit_card": "CREDIT_CARD", "ssn": "US_SSN",
              "iban": "IBAN_CODE", "person": "PERSON"}


def load(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def auroc(labels: list[int], scores: list[float]) -> float:
    """Probability a random positive outranks a random negative (ties count half)."""
    y, s = np.asarray(labels), np.asarray(scores, dtype=float)
    pos, neg = s[y == 1], s[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    greater = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(greater / (len(pos) * len(neg)))


def expected_types(record: dict[str, Any]) -> list[str]:
    """The record's labelled types; a label may be the type alone or a {"type": ..., "value": ...} object (talus,
    serac, moulin), one per value, so a type is listed once."""
    types = [e["type"] if isinstance(e, dict) else e for e in record["entities"]]
    return [STRUCTURED.get(e, e) for e in dict.fromkeys(types)]


# The generators' labels for schemes the detector reports under a broader type of its own (settings.py's
# DEFAULT_ENTITIES): a medical record or health-insurance number is a MEDICAL_RECORD_NUMBER, a tax id, driving
# licence or a country's id scheme a NATIONAL_ID (Medicare cards are read as either).
DETECTED_AS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("MEDICAL_RECORD", "mrn"), frozenset({"MEDICAL_RECORD_NUMBER"})),
    "HEALTH_INSURANCE": frozenset({"MEDICAL_RECORD_NUMBER", "UK_NHS"}),  # an NHS number is presidio's UK_NHS
    **dict.fromkeys(("TAX_ID", "DRIVER_LICENSE", "national_id", "IN_AADHAAR", "SG_NRIC_FIN", "KR_RRN", "PL_PESEL",
                     "ES_NIE", "ES_NIF"), frozenset({"NATIONAL_ID"})),
    "AU_MEDICARE": frozenset({"NATIONAL_ID", "MEDICAL_RECORD_NUMBER"}),
    "dob": frozenset({"DATE_OF_BIRTH"}), "address": frozenset({"STREET_ADDRESS"}), "ip": frozenset({"IP_ADDRESS"}),
    # round 37: batch 9's brief labelled a birth date and a home address with presidio's generic names
    "DATE_TIME": frozenset({"DATE_OF_BIRTH"}), "LOCATION": frozenset({"STREET_ADDRESS"}),
    "passport": frozenset({"PASSPORT"}),
}


def found_as_expected(expected: str, found: set[str]) -> bool:
    """Whether the scan found an expected entity: under its own type or the detector's type for it."""
    return expected in found or bool(DETECTED_AS.get(expected, frozenset()) & found)


def _strings_of(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in (str(k), *_strings_of(v))]
    if isinstance(value, list):
        return [t for v in value for t in _strings_of(v)]
    return []


def _labelled_values_kept(record: dict[str, Any], kept: str, sent_folded: str, sent_digits: str) -> bool:
    """Round 37: every value the record's labels name (the {"type", "value"} form) stands in the gateway's own
    fields and none of them in the bytes a remote route would be sent (raw, JSON-escaped, or as its digits alone):
    nothing of it left the machine, whatever the scan of those fields found (batch 9 put whole claim forms in
    `metadata` only, whose Hebrew names the scan need not read)."""
    values = [e["value"] for e in record["entities"] if isinstance(e, dict) and e.get("value")]
    if not values or len(values) < len(record["entities"]):
        return False
    for value in values:
        digits = "".join(c for c in value if c.isdigit())
        if value not in kept or value.casefold() in sent_folded or (len(digits) >= 6 and digits in sent_digits):
            return False
    return True


def withheld(detector: PiiDetector, record: dict[str, Any]) -> bool:
    """Whether a sensitive record's PII sits only in fields the gateway never forwards (outgoing.GATEWAY_FIELDS:
    `metadata` is routing input) and provably stays there: the scan finds every expected entity type in those
    fields (under its own type or the detector's type for it: DETECTED_AS), and none of the values it finds
    there occurs in the bytes a remote route would be sent (raw, JSON-escaped, or as its digits alone). Then nothing left the machine: no leak, whatever the scan of the
    forwarded fields said. A value that also sits in a forwarded field fails the byte check and stays a miss."""
    body = record["body"]
    kept = [t for key in sorted(GATEWAY_FIELDS) if key in body for t in _strings_of(body[key])]
    if not kept:
        return False
    payload = build_outgoing(body, record["endpoint"]).payload
    sent = json.dumps(payload, ensure_ascii=False) + json.dumps(payload)
    sent_folded, sent_digits = sent.casefold(), "".join(c for c in sent if c.isdigit())
    if _labelled_values_kept(record, "\n".join(kept), sent_folded, sent_digits):
        return True
    found = detector.detect(kept, locate=True)
    if not found.detected or not all(found_as_expected(e, set(found.entity_types)) for e in expected_types(record)):
        return False
    for span in found.spans:
        value = kept[span.index][span.start:span.end]
        digits = "".join(c for c in value if c.isdigit())
        if value.casefold() in sent_folded or (len(digits) >= 6 and digits in sent_digits):
            return False
    return True


def _mixed_categories(records: list[dict[str, Any]]) -> frozenset[str]:
    """Categories holding both sensitive and benign records (glacier organises by industry)."""
    kinds: dict[str, set[bool]] = defaultdict(set)
    for r in records:
        kinds[r["category"]].add(bool(r["sensitive"]))
    return frozenset(c for c, k in kinds.items() if len(k) == 2)


def _category(record: dict[str, Any], mixed: frozenset[str]) -> str:
    """The record's category, with "(sensitive)" / "(benign)" where its category holds both, so each table row
    is one rate: recall or false positives."""
    cat = record["category"]
    return f"{cat} ({'sensitive' if record['sensitive'] else 'benign'})" if cat in mixed else cat


def eval_pii(classifier: SignalClassifier, records: list[dict[str, Any]]) -> dict[str, Any]:
    by_cat: dict[str, list[bool]] = defaultdict(list)
    recall_all: list[bool] = []  # per sensitive record: protected
    benign: list[bool] = []  # per benign record: flagged
    mixed = _mixed_categories(records)
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    fp_types: Counter[str] = Counter()
    structured_hits: list[bool] = []
    misses: list[str] = []
    kept: list[str] = []
    detector = PiiDetector(classifier.settings.pii)  # the same shared engine
    unscannable: list[str] = []
    for record in records:
        texts = extract_texts(record["body"], record["endpoint"])
        outgoing = build_outgoing(record["body"], record["endpoint"])
        result = classifier.classify(texts, outgoing.texts, outgoing.labelled).pii
        found = set(result.entity_types)
        local_only = outgoing.unscannable(classifier.settings.pii) is not None
        if local_only:  # the gateway keeps it off remote routes whatever the scan says (pipeline.py)
            unscannable.append(record["id"])
        if record["sensitive"]:
            protected = result.detected
            if not protected and withheld(detector, record):
                protected = True  # never forwarded: nothing left the machine
                kept.append(record["id"])
            elif not protected and local_only:
                protected = True  # unscannable payload: served locally, nothing left the machine
            by_cat[_category(record, mixed)].append(protected)
            recall_all.append(protected)
            for entity in expected_types(record):
                confusion[entity]["same type" if entity in found else (
                    "other type" if found else ("never forwarded" if protected else "missed"))] += 1
                if entity in set(STRUCTURED.values()) - {"PERSON"}:
                    structured_hits.append(protected)
            if not protected:
                misses.append(f"{record['id']} {record['category']} {expected_types(record)}")
        else:  # a benign request kept local for an unscannable payload counts as flagged: it lost the remote route
            by_cat[_category(record, mixed)].append(result.detected or local_only)
            benign.append(result.detected or local_only)
            fp_types.update(found or ({"unscannable payload"} if local_only else set()))
            if result.detected or local_only:
                misses.append(f"{record['id']} FP {record['category']} {sorted(found) or ['unscannable payload']}")
    sensitive = [d for r in records if r["sensitive"] for d in [None]]
    return {
        "n_sensitive": len(sensitive), "n_benign": len(benign),
        "recall_overall": sum(recall_all) / max(1, len(recall_all)),
        "recall_structured": sum(structured_hits) / max(1, len(structured_hits)),
        "n_structured": len(structured_hits),
        "fp_rate": sum(benign) / max(1, len(benign)),
        "by_category": {c: (sum(h) / len(h), len(h)) for c, h in sorted(by_cat.items())},
        "confusion": {e: dict(c) for e, c in sorted(confusion.items())},
        "fp_types": dict(fp_types), "errors": misses, "withheld": kept, "unscannable": unscannable,
    }


def litellm_scorer() -> Any:
    """LiteLLM's rule-based ComplexityRouter (local regex scoring) or None if not importable."""
    try:
        from litellm.router_strategy.complexity_router.complexity_router import ComplexityRouter
    except ImportError:
        return None
    return ComplexityRouter(model_name="eval-router", litellm_router_instance=None)


def _plain(content: Any) -> str:
    """A message's content as one string (text parts joined; other parts skipped)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(_plain(p.get("text", "")) if isinstance(p, dict) else _plain(p) for p in content)
    return ""


def _last_prompt(body: dict[str, Any]) -> tuple[str, str | None]:
    """(last message or completions prompt, system prompt) as plain strings, what LiteLLM's router scores."""
    if "messages" not in body:
        return _plain(body.get("prompt", "")), None
    messages = body["messages"]
    system = next((_plain(m.get("content")) for m in messages if m.get("role") == "system"), None)
    return _plain(messages[-1].get("content")), system


def eval_complexity(classifier: SignalClassifier, records: list[dict[str, Any]]) -> dict[str, Any]:
    ours, theirs, labels, adversarial = [], [], [], []
    router = litellm_scorer()
    for record in records:
        texts = extract_texts(record["body"], record["endpoint"])
        ours.append(classifier.classify(texts).complexity.score)
        labels.append(record["label"])
        adversarial.append(record["length_adversarial"])
        if router is not None:
            theirs.append(router.classify(*_last_prompt(record["body"]))[1])
    adv = [i for i, a in enumerate(adversarial) if a]
    cfg = classifier.settings.complexity
    out: dict[str, Any] = {
        "n": len(records), "n_adversarial": len(adv),
        "auroc": auroc(labels, ours), "auroc_adversarial": auroc([labels[i] for i in adv], [ours[i] for i in adv]),
        "acc_high_min": float(np.mean([(s >= cfg.high_min) == bool(y) for s, y in zip(ours, labels)])),
        "acc_low_max": float(np.mean([(s >= cfg.low_max) == bool(y) for s, y in zip(ours, labels)])),
        "thresholds": (cfg.low_max, cfg.high_min),
    }
    if theirs:
        out["litellm_auroc"] = auroc(labels, theirs)
        out["litellm_auroc_adversarial"] = auroc([labels[i] for i in adv], [theirs[i] for i in adv])
    return out


def latency_prompts(rng: random.Random) -> dict[str, list[list[str]]]:
    """Prompts of three sizes built from benign dev texts: the worst case for the PII signal, since
    no hard identifier ends the scan early. The "+ name" rows put one private person's sentence
    (from dev) in the middle: no identifier, so the name recognizers / NER have to find it."""
    sizes = {"100 chars": 100, "2 KB": 2_000, "100 KB": 100_000}
    dev = load("pii_dev.jsonl")
    benign = [r for r in dev if not r["sensitive"]] + load("complexity_dev.jsonl")
    pool = [t for r in benign for t in extract_texts(r["body"], r["endpoint"])]
    names = [t for r in dev if r["category"] == "person_private" for t in extract_texts(r["body"], r["endpoint"])]
    prompts: dict[str, list[list[str]]] = {}
    for label, size in sizes.items():
        batch, named = [], []
        for _ in range(12):
            text = ""
            while len(text) < size:
                text += rng.choice(pool) + "\n"
            text = text[:size]
            batch.append([text])
            middle = text.rfind(" ", 0, len(text) // 2) + 1
            named.append([text[:middle] + rng.choice(names) + " " + text[middle:]])
        prompts[label] = batch
        if size > 100:
            prompts[f"{label} + name"] = named
    return prompts


def eval_latency(classifier: SignalClassifier, runs: int) -> dict[str, tuple[float, float, float, float, int, str]]:
    """Wall-clock p50/p99 and the calling thread's CPU-time p50/p99 (what an idle core would
    take: on a shared machine wall time includes waiting for the CPU)."""
    out = {}
    for label, prompts in latency_prompts(random.Random(5)).items():
        n = runs if not label.startswith("100 KB") else max(10, runs // 3)
        wall, cpu, flagged = [], [], set()
        for i in range(n):
            texts = prompts[i % len(prompts)]
            start, start_cpu = time.perf_counter(), time.thread_time()
            detected = classifier.classify(texts).pii.detected
            wall.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
            if detected:
                flagged.add(i % len(prompts))
        out[label] = (*_p50_p99(wall), *_p50_p99(cpu), n, f"{len(flagged)}/{len(prompts)}")
    return out


def _p50_p99(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    return statistics.median(values), values[min(len(values) - 1, int(0.99 * len(values)))]


def eval_ner_only_names(classifier: SignalClassifier) -> dict[str, str]:
    """Recall of bare names only spaCy finds (no cue word, not in the census lists) placed at a
    random spot of benign 2 KB / 100 KB prompts: what the NER window gate and budget cost."""
    from faker import Faker

    from gateway.signals.recognizers import GazetteerNameRecognizer

    gazetteer, fake, rng = GazetteerNameRecognizer(), Faker(["en_IN", "es_ES", "pl_PL", "de_DE", "it_IT", "nl_NL"]), \
        random.Random(9)
    fake.seed_instance(3)
    sentences: list[str] = []
    while len(sentences) < 24:
        sentence = f"{fake.first_name()} {fake.last_name()} approved the revised budget."
        if not gazetteer.analyze(sentence, ["PERSON"]) and classifier.classify([sentence]).pii.detected:
            sentences.append(sentence)
    out = {}
    for label, prompts in latency_prompts(random.Random(5)).items():
        if label not in ("2 KB", "100 KB"):
            continue
        found = 0
        for i, (text,) in enumerate(prompts):
            for k in range(2):
                at = text.rfind(" ", 0, rng.randint(0, len(text))) + 1
                found += classifier.classify([f"{text[:at]} {sentences[(2 * i + k) % 24]} {text[at:]}"]).pii.detected
        out[label] = f"{found}/{2 * len(prompts)}"
    return out


def report(split: str, pii: dict[str, Any], cx: dict[str, Any],
           lat: dict[str, tuple[float, float, float, float, int, str]]) -> str:
    lines = [f"## Signals evaluation — split `{split}`", "", "### PII", "",
             f"- sensitive prompts: {pii['n_sensitive']}, benign prompts: {pii['n_benign']}",
             f"- recall overall: **{pii['recall_overall']:.1%}**; structured identifiers (cards, SSNs, IBANs, "
             f"emails, phones; {pii['n_structured']}): **{pii['recall_structured']:.1%}**",
             f"- false-positive rate on benign: **{pii['fp_rate']:.1%}** (types: {pii['fp_types'] or 'none'})",
             f"- never forwarded (PII only in fields the gateway keeps, such as `metadata`; found there by the scan "
             f"and absent from the bytes sent; counted as protected): {len(pii['withheld'])}"
             + (f" ({', '.join(pii['withheld'])})" if pii["withheld"] else ""),
             f"- kept on local routes for an unscannable payload (an inline image, audio clip or binary file, "
             f"`signals.pii.binary_payloads: local`; sensitive: protected, benign: flagged): {len(pii['unscannable'])}"
             + (f" ({', '.join(pii['unscannable'])})" if pii["unscannable"] else ""),
             "", "| category | rate | n |", "|---|---|---|"]
    lines += [f"| {c} | {r:.1%} | {n} |" for c, (r, n) in pii["by_category"].items()]
    lines += ["", "rate = recall for sensitive categories, false-positive rate for benign ones", "",
              "| expected entity | same type | other type | never forwarded | missed |", "|---|---|---|---|---|"]
    lines += [f"| {e} | {c.get('same type', 0)} | {c.get('other type', 0)} | {c.get('never forwarded', 0)} | "
              f"{c.get('missed', 0)} |"
              for e, c in pii["confusion"].items()]
    lines += ["", "### Complexity", "", "| scorer | AUROC overall | AUROC length-adversarial |", "|---|---|---|",
              f"| hybridgate (logistic, builtin) | **{cx['auroc']:.3f}** | **{cx['auroc_adversarial']:.3f}** |"]
    if "litellm_auroc" in cx:
        lines.append(f"| LiteLLM ComplexityRouter (rule-based) | {cx['litellm_auroc']:.3f} | "
                     f"{cx['litellm_auroc_adversarial']:.3f} |")
    lines += ["", f"- n = {cx['n']} ({cx['n_adversarial']} length-adversarial); accuracy at high_min "
              f"{cx['thresholds'][1]}: {cx['acc_high_min']:.1%}; at low_max {cx['thresholds'][0]}: "
              f"{cx['acc_low_max']:.1%}", "", "### Latency (both signals, one process, warm)", "",
              "| prompt size | wall p50 ms | wall p99 ms | CPU p50 ms | CPU p99 ms | runs | PII flagged |",
              "|---|---|---|---|---|---|---|"]
    rows = {k: v for k, v in lat.items() if k != "ner_only_names"}
    lines += [f"| {k} | {w50:.1f} | {w99:.1f} | {c50:.1f} | {c99:.1f} | {n} | {flagged} |"
              for k, (w50, w99, c50, c99, n, flagged) in rows.items()]
    if "ner_only_names" in lat:
        lines += ["", "Bare names only spaCy finds (no cue, not in the census lists) inserted at a random spot: "
                  + ", ".join(f"{k}: {v} found" for k, v in lat["ner_only_names"].items())]
    if lat:
        lines += ["", f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
                  "(other processes share the CPU; timings scale with it)"]
    if pii["errors"]:
        lines += ["", "PII errors: " + "; ".join(pii["errors"][:40])]
    return "\n".join(lines)


SPLITS = ("dev", "heldout", "final", "fresh", "wild", "blind", "sealed", "unseen", "atlas", "mosaic", "quarry", "lantern",
          "kestrel", "heron", "tundra", "fjord", "meadow", "glacier", "cirque", "estuary", "delta", "canyon", "lagoon",
          "tarn", "sierra", "bayou", "moraine", "steppe", "atoll", "fen", "mesa", "karst", "oxbow", "butte", "cenote",
          "geyser", "tombolo", "dune", "scree", "drumlin", "skerry", "esker", "isthmus", "playa", "pingo", "kame",
          "tepui", "arete", "bajada", "cuesta", "loess", "hoodoo", "nunatak",
          "polje", "yardang", "inselberg", "tafoni", "ventifact",
          "barchan", "coulee", "mogote", "fumarole", "talus", "serac", "moulin", "hogback", "kettle", "erg", "sandur", "ria", "guyot", "tor", "cwm", "pediment",
          "lahar", "maar", "horst", "tuya", "kipuka", "sastrugi",
          "nubbin", "tinaja", "caprock",
          "yazoo", "sabkha", "bornhardt",
          "gnamma", "lunette", "coquina",
          "hamada", "flysch", "regolith",
          "sinter", "tufa", "scarp",
          "monadnock", "lapiaz", "felsenmeer",
          "zeugen", "solfatara", "bergschrund",
          "kopje", "outwash", "inlier",
          "ravine", "caldera", "bluff",
          "doline", "gour", "klint",
          "arroyo", "hummock", "rill",
          "wadi", "knoll", "mire",
          "cay", "sill", "wold")


def _spread_row(classifier: SignalClassifier, split: str) -> tuple[Any, ...]:
    pii = eval_pii(classifier, load(f"pii_{split}.jsonl"))
    cx = eval_complexity(classifier, load(f"complexity_{split}.jsonl"))
    return (split, pii["recall_overall"], pii["recall_structured"], pii["fp_rate"], cx["auroc"],
            cx["auroc_adversarial"], cx.get("litellm_auroc", float("nan")),
            cx.get("litellm_auroc_adversarial", float("nan")))


_WORKER: SignalClassifier | None = None


def _worker_start(settings: SignalSettings) -> None:
    global _WORKER
    _WORKER = SignalClassifier(settings)
    _WORKER.warm()


def _worker_row(split: str) -> tuple[Any, ...]:
    assert _WORKER is not None
    return _spread_row(_WORKER, split)


def spread(classifier: SignalClassifier, jobs: int = 1) -> str:
    """Every split's headline numbers side by side, then min / median / max across them. With `jobs` > 1 the
    splits are shared among that many worker processes (each builds its own classifier with the same settings);
    each split's row is reported on stderr as it finishes (a spread takes most of an hour on two cores)."""
    splits = [split for split in SPLITS if (DATA / f"pii_{split}.jsonl").exists()]
    found: dict[str, tuple[Any, ...]] = {}
    started = time.perf_counter()

    def done(row: tuple[Any, ...]) -> None:
        found[row[0]] = row
        print(f"[{len(found)}/{len(splits)} {time.perf_counter() - started:5.0f} s] {row[0]}: recall {row[1]:.1%}, "
              f"structured {row[2]:.1%}, benign {row[3]:.1%}", file=sys.stderr, flush=True)

    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor, as_completed
        with ProcessPoolExecutor(jobs, initializer=_worker_start, initargs=(classifier.settings,)) as pool:
            for future in as_completed([pool.submit(_worker_row, split) for split in splits]):
                done(future.result())
    else:
        for split in splits:
            done(_spread_row(classifier, split))
    rows = [found[split] for split in splits]
    lines = ["| split | PII recall | structured recall | benign flagged | AUROC | AUROC length-adv. | "
             "LiteLLM AUROC | LiteLLM length-adv. |", "|---|---|---|---|---|---|---|---|"]
    lines += [f"| {r[0]} | {r[1]:.1%} | {r[2]:.1%} | {r[3]:.1%} | {r[4]:.3f} | {r[5]:.3f} | {r[6]:.3f} | {r[7]:.3f} |"
              for r in rows]
    for label, pick in (("min", min), ("median", statistics.median), ("max", max)):
        cols = [pick([r[i] for r in rows]) for i in range(1, 8)]
        lines.append(f"| **{label}** | {cols[0]:.1%} | {cols[1]:.1%} | {cols[2]:.1%} | {cols[3]:.3f} | "
                     f"{cols[4]:.3f} | {cols[5]:.3f} | {cols[6]:.3f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="mosaic", choices=list(SPLITS))
    parser.add_argument("--spread", action="store_true", help="every split side by side (no latency runs)")
    parser.add_argument("--jobs", type=int, default=1, help="with --spread: worker processes sharing the splits")
    parser.add_argument("--latency-runs", type=int, default=60)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--rules-only", action="store_true",
                        help="with the learned span judge off (policy signals.pii.span_judge: false)")
    parser.add_argument("--span-judge-min-field-chars", type=int, default=None,
                        help="the judge's shortest field (policy signals.pii.span_judge_min_field_chars)")
    args = parser.parse_args()
    settings = SignalSettings()
    if args.rules_only:
        settings = settings.model_copy(update={"pii": settings.pii.model_copy(update={"span_judge": False})})
    if args.span_judge_min_field_chars is not None:
        settings = settings.model_copy(update={"pii": settings.pii.model_copy(
            update={"span_judge_min_field_chars": args.span_judge_min_field_chars})})
    classifier = SignalClassifier(settings)
    classifier.warm()
    if args.spread:
        print(spread(classifier, args.jobs))
        return
    pii = eval_pii(classifier, load(f"pii_{args.split}.jsonl"))
    cx = eval_complexity(classifier, load(f"complexity_{args.split}.jsonl"))
    lat: dict[str, Any] = eval_latency(classifier, args.latency_runs) if args.latency_runs else {}
    if args.latency_runs:
        lat["ner_only_names"] = eval_ner_only_names(classifier)
    print(report(args.split, pii, cx, lat))
    if args.json:
        args.json.write_text(json.dumps({"pii": pii, "complexity": cx, "latency": lat}, indent=2, default=str))


if __name__ == "__main__":
    main()
