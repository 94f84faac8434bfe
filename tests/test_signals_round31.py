"""Round 31: providers named by their trade's word, desks after a dash, goods named like people, compound asks.

A care or service provider writes its trade after an invented brand in its own language ("Quillmere Pflegedienst",
"Osterby Ayuda a Domicilio", "Brenthollow hoivakoti"): recognizers.sector_organisation reads it as the provider's
name, not a person's; a given name and a surname first stays a person's, and so does a person beside the provider.
A signature's dash before a desk ("Vellacott Charging - support desk") names the desk's organisation. Cultivars,
breeds and vehicle models named like people (eponymous_brands.txt, brand_lines.txt) are goods; a private person
next to them stays flagged. German, Dutch and Nordic asks that name their analysis in a compound
("Sensitivitätsanalyse", "risicoanalyse") or ask for a justification ("mit Begründung") score as hard asks.

Goods are kept apart from the figures (data/named_goods.txt): a list with goods in it clears none of the people it
names. Our own phrasings, invented names."""

from __future__ import annotations

import time

import pytest

from pii_spans import detector, text_spans as _spans  # noqa: F401 (detector: a fixture)

from gateway.signals import SignalSettings
from gateway.signals.complexity import ComplexityScorer
from gateway.signals.pii import PiiDetector

PROVIDERS = [
    "Welcome to Quillmere Seniorenheim. Reception 030 555 0182 (9-17), visiting until 8pm.",
    "Osterby Ayuda a Domicilio: horario de oficina de 9 a 14, guardias por la tarde.",
    "Brenthollow Usługi Opiekuńcze: numer dyżurny tylko dla koordynatorów.",
    "Yours sincerely,\nService Manager, Marrowvale palvelutalo",
    "Pellinford Sosyal Hizmet Merkezi çeyrek raporu: 312 değerlendirme tamamlandı.",
    "Graustock Патронажная служба, график на неделю 41",
    "Sandrelle للرعاية المنزلية جدول الأسبوع",
    "Invoice from Tallowmere Hemtjänst to the municipality, 212 hours at the agreed rate.",
]

PEOPLE_BESIDE_PROVIDERS = [
    ("My mother Halina Wrzesińska moved into the Pflegeheim last week.", "Halina Wrzesińska"),
    ("Carer Joanna Pietrzyk from Brenthollow Usługi Opiekuńcze visited Mr Edmund Prell today.", "Edmund Prell"),
    ("Anna Weberling Pflegedienst: the owner Anna Weberling phones clients herself.", "Anna Weberling"),
    ("Ask Tomasz Zielke, he services the boiler at the Seniorenheim.", "Tomasz Zielke"),
]


@pytest.mark.parametrize("text", PROVIDERS)
def test_providers_named_by_their_trade_are_no_people(detector: PiiDetector, text: str) -> None:
    assert not [v for k, v in _spans(detector, text) if k == "PERSON"], _spans(detector, text)


@pytest.mark.parametrize("text,name", PEOPLE_BESIDE_PROVIDERS)
def test_people_beside_providers_stay_found(detector: PiiDetector, text: str, name: str) -> None:
    assert any(k == "PERSON" and name in v for k, v in _spans(detector, text)), _spans(detector, text)


def test_a_desk_after_a_signature_dash(detector: PiiDetector) -> None:
    assert not [v for k, v in _spans(detector, "Vellacott Charging - support desk\nTel (201) 555-0148")
                if k == "PERSON"]
    # a person at the desk keeps the flag
    spans = _spans(detector, "Martin Kellaway - support desk, call me on (201) 569-6775")
    assert ("PERSON", "Martin Kellaway") in spans, spans


@pytest.mark.parametrize("unit", [
    "Quillmere Seniorenheim Ayuda a Domicilio hoivakoti - support desk · ",
    "Grau Патронажная служба للرعاية المنزلية Merkezi ",
])
def test_bounded_cost(detector: PiiDetector, unit: str) -> None:
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    began = time.process_time()
    detector.detect([text], locate=True)
    assert time.process_time() - began < 20.0


def _score(text: str) -> float:
    return ComplexityScorer(SignalSettings().complexity).score([text]).score


def test_compound_analysis_asks_score_hard() -> None:
    record = "\n".join(f"Fahrzeug HH-QX {1000 + i}: {80 + i * 7} km/Tag, Standzeit {2 + i % 9} h, Depot Nord"
                       for i in range(40))
    hard = record + ("\n\nErstelle einen Umstellungsplan: welche Fahrzeuge zuerst, wie viele Ladepunkte, mit "
                     "Begründung und Sensitivitätsanalyse.")
    plain = record + "\n\nErstelle einen Umstellungsplan: welche Fahrzeuge zuerst, wie viele Ladepunkte."
    easy = record + "\n\nFormatiere die Liste als Tabelle."
    # out of the low tier (low_max 0.35), well above the same ask without the justification and the analysis
    assert _score(hard) > 0.35 > _score(easy) and _score(hard) > 2 * _score(plain)
    assert _score("Maak een risicoanalyse van deze drie leveranciers en onderbouw de keuze.") > 0.6


GOODS = [
    "This week: Egremont Russet (washed, 2.5 kg) and Reine Claude; Holstein Friesian beef from our own herd.",
    "Seed potatoes in stock: Maris Piper, King Edward and Pink Fir Apple, 25 kg sacks.",
    "Fleet list: 3x Nissan Qashqai, 2x Vauxhall Corsa, 1x Skoda Octavia estate.",
]

SHOPPERS = [
    ("Emma Lindqvar bought King Edward potatoes and a Cox's Orange Pippin tree.", "Emma Lindqvar"),
    ("Ring Oliver Brantwick, he sells Jersey Royal potatoes.", "Oliver Brantwick"),
    ("my neighbour Tom Baxendell drove the Nissan Qashqai into the ditch", "Tom Baxendell"),
]


@pytest.mark.parametrize("text", GOODS)
def test_goods_named_like_people_are_no_people(detector: PiiDetector, text: str) -> None:
    assert not [v for k, v in _spans(detector, text) if k == "PERSON"], _spans(detector, text)


@pytest.mark.parametrize("text,name", SHOPPERS)
def test_people_beside_goods_stay_found(detector: PiiDetector, text: str, name: str) -> None:
    """Goods are no listed figures: a list with goods in it does not clear the people it names."""
    assert any(k == "PERSON" and name in v for k, v in _spans(detector, text)), _spans(detector, text)
