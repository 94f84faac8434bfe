"""Round 23 (complexity): a prose paragraph that runs past the request window at one edge is
material when the other edge holds a whole paragraph (the ask); a short line that only says how
to answer ("Answer in Polish.") is not the ask, the paragraph behind it is; asks to deduce, to find
contradictions, to weigh compromises or to be rigorous in more languages."""

from __future__ import annotations

import time

import pytest
from timing import scaled

from gateway.signals.complexity import ComplexityScorer, features, request_text
from gateway.signals.settings import ComplexitySettings

# An invented story in short-ish lines (each well under the 600-character window, no blank line
# inside): about 2,300 characters of one paragraph.
_SENTENCES = ("The lighthouse keeper painted the railing blue again.", "A gull stole a sandwich from the pier.",
              "Nessa kept her grandmother's compass in a tin box.", "The tide went out further than anyone remembered.",
              "Two fishermen argued about the price of bait.", "Snow fell on the harbour for the first time in years.")
STORY = "\n".join(" ".join(_SENTENCES[(i + k) % 6] for k in range(5)) for i in range(9))
# Pasted records (one per line, no blank line): material
RECORDS = "\n".join(f"Record {i}: shelf {i % 9}, crate {i * 7 % 31}, checked by the night shift; seal intact."
                    for i in range(1, 30))


@pytest.fixture(scope="module")
def scorer() -> ComplexityScorer:
    return ComplexityScorer(ComplexitySettings())


def score(scorer: ComplexityScorer, text: str) -> float:
    return scorer.score([text]).score


@pytest.mark.parametrize("easy", [
    f"{STORY}\n\nCorrect the spelling only, nothing else.",            # English, ask last
    f"Korrigiere nur die Rechtschreibung.\n\n{STORY}",                  # German, ask first
    f"{STORY}\n\nRésume ce chapitre en deux phrases.",                  # French, ask last
    f"この章を二文で要約してください。\n\n{STORY}",                         # Japanese, ask first
])
def test_a_story_that_runs_past_the_window_is_material(scorer: ComplexityScorer, easy: str) -> None:
    """The chapter opposite a whole short ask is not read as the request: its words ("and",
    "with", a long run of everyday prose) made an easy edit look like a long, elaborate ask."""
    assert len(STORY) > 2000
    assert "lighthouse" not in request_text([easy]) and "gull" not in request_text([easy])
    assert scorer.score([easy]).tier == "low", easy[-60:]
    hard = f"{STORY}\n\nDeduce from this chapter who moved the compass, and prove every other reading contradicts a line."
    assert score(scorer, hard) > score(scorer, easy) + 0.3


def test_a_message_that_is_one_long_paragraph_keeps_its_edges() -> None:
    """Without a whole paragraph at the other edge nothing is dropped: a long ask written as one
    block is still read at its start and end."""
    block = "Design a ledger service that must stay consistent across regions.\n" + STORY
    assert "design a ledger service" in request_text([block])
    assert features([block])["design"] > 0


@pytest.mark.parametrize("directive", [
    "Answer in Polish.", "Odpowiedz po polsku.", "Responde en español, por favor.", "日本語で答えてください。",
    "Ответь по-русски.", "Antworte auf Deutsch.",
])
def test_an_answer_language_line_is_not_the_ask(scorer: ComplexityScorer, directive: str) -> None:
    """A short last line that only says how to answer leaves the ask in the paragraph before it."""
    ask = ("These inventory records disagree with the shipping ledger. Work out which records are wrong, "
           "prove the reconciliation order you propose always terminates, and design the audit job.")
    text = f"{RECORDS}\n\n{ask}\n\n{directive}"
    assert "reconciliation order" in request_text([text])
    assert scorer.score([text]).tier == "high"
    easy = f"{RECORDS}\n\nHow many records are there?\n\n{directive}"
    assert score(scorer, text) > score(scorer, easy) + 0.3


@pytest.mark.parametrize("question", ["What is the headline of this article?", "这篇报道的标题是什么？",
                                      "In welcher Sprache ist dieser Text?"])
def test_a_short_question_after_an_article_does_not_read_the_article(question: str) -> None:
    """A short question is the ask itself, not a directive: the article paragraph before it stays material."""
    article = " ".join(_SENTENCES[:4]) + "\n" + " ".join(_SENTENCES[2:])
    text = f"Harbour town sees first snow\n\n{article}\n\n{STORY}\n\n{article}\n\n{question}"
    assert "gull" not in request_text([text]) and "lighthouse" not in request_text([text])


def test_an_answer_line_before_code_or_a_long_paragraph_reads_no_further() -> None:
    """Behind the short line, code or a paragraph running past the window is material still."""
    code = "def settle(rows):\n    total = 0\n    for r in rows:\n        total += r.amount\n    return total\n"
    text = f"{RECORDS}\n\n{code * 6}\nReply in Dutch."
    assert "settle" not in request_text([text])
    text = f"{STORY}\n\nReply in Dutch."
    assert "lighthouse" not in request_text([text])


@pytest.mark.parametrize("hard, easy", [
    ("À partir de ces témoignages, déduis qui ment et montre que chaque autre hypothèse se contredit.",
     "Traduis « bonne nuit » en anglais."),                                                           # French
    ("Finde die Widersprüche in diesem Zeitplan und begründe, welche Reihenfolge stimmt.",
     "Was bedeutet „Feierabend“ auf Englisch?"),                                                      # German
    ("Trova le contraddizioni tra queste due versioni dei fatti e spiega quale regge.",
     "Traduci «buongiorno» in inglese."),                                                              # Italian
    ("Найди противоречия в показаниях свидетелей и обоснуй, кто говорит правду.",
     "Переведи «спокойной ночи» на английский."),                                                      # Russian
    ("이 일정표의 모순을 찾고 어느 순서가 맞는지 엄밀하게 보여 줘.", "'안녕'을 영어로 번역해 줘."),           # Korean
    ("找出这份时间线中的矛盾，并严格说明哪种顺序成立。", "把“晚安”翻译成英文。"),                              # Chinese
    ("Qual das duas regras de combate é mais justa, e por quê? Compare as médias.",
     "Qual é o plural de 'pão'?"),                                                                     # Portuguese
    ("Find the inconsistencies between these two witness statements and explain which one holds.",
     "What is the plural of 'goose'?"),                                                                # English
])
def test_deduce_and_contradiction_asks_in_more_languages(scorer: ComplexityScorer, hard: str, easy: str) -> None:
    assert score(scorer, hard) > score(scorer, easy) + 0.3, (hard, easy)
    assert scorer.score([easy]).tier == "low", easy


def test_contradictions_hypotheses_and_compromises_are_analysis() -> None:
    for text in ("Conçois un système de niveaux et discute les compromis.", "Entwirf ein Preismodell und wäge die Kompromisse ab.",
                 "Спроектируй экономику игры и объясни компромиссы.", "Trouve les contradictions dans ce récit.",
                 "Finde jeden Widerspruch in den Notizen.", "Найди противоречия в этих записях.", "この年表の矛盾を探して。",
                 "Find the inconsistencies in these notes.", "Which statements contradict each other?",
                 "Formule trois hypothèses sur la disparition du colis."):
        assert features([text])["analysis"] > 0, text
    for text in ("Compte les lignes de ce texte.", "Zähle die Wörter.", "Посчитай строки.", "Count the lines."):
        assert features([text])["analysis"] == 0, text


def test_deduce_and_rigour_are_reasoning() -> None:
    for text in ("Déduis l'ordre des événements à partir des indices.", "Déduisez la date du départ.",
                 "이 결과를 엄밀하게 설명해 줘.", "请严格说明这个顺序为什么成立。", "Explique de façon rigoureuse.",
                 "Qual regra é melhor e por quê?"):
        assert features([text])["reasoning"] > 0, text
    assert features(["Traduis « déjà vu » en anglais."])["reasoning"] == 0


@pytest.mark.parametrize("text", [
    "Answer.\n\n" * 25_000,                     # 200 KB of short directive paragraphs
    ("x" * 59 + "\n\n") * 3_300,                # short lines just under the directive size
    "Reply in French.\n\n" + "word " * 40_000,  # a directive before one huge paragraph
    "\n\n".join(["Responde en español."] * 10_000),
])
def test_bounded_cost(scorer: ComplexityScorer, text: str) -> None:
    start = time.perf_counter()
    scorer.score([text])
    assert time.perf_counter() - start < scaled(1.0)
