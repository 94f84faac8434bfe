"""Complexity signal: what is asked matters, not how long the prompt is."""

from __future__ import annotations

import pytest
from timing import scaled

from gateway.signals.classifier import SignalClassifier, estimate_tokens
from gateway.signals.complexity import FEATURES, ComplexityScorer, LogisticModel, features
from gateway.signals.settings import ComplexitySettings, SignalSettings

MEMO = ("The quarterly review covered hiring, the office move and the new expense policy. "
        "Several teams reported delays in procurement, and the design group asked for more budget. ") * 150


@pytest.fixture(scope="module")
def scorer() -> ComplexityScorer:
    return ComplexityScorer(ComplexitySettings())


def score(scorer: ComplexityScorer, *texts: str) -> float:
    return scorer.score(list(texts)).score


def test_short_proof_beats_long_summary(scorer: ComplexityScorer) -> None:
    proof = score(scorer, "Prove that sqrt(2) is irrational.")
    summary = score(scorer, MEMO + "\n\nSummarize the memo above in three bullet points.")
    assert len(MEMO) > 20_000
    assert proof > summary
    assert scorer.tier(proof) == "high" and scorer.tier(summary) == "low"


@pytest.mark.parametrize("hard, easy", [
    ("Design a distributed rate limiter for 1M requests per second and analyze the trade-offs.",
     "What is the capital of Peru?"),
    ("Implement a thread-safe LRU cache with O(1) operations; it must handle concurrent eviction.",
     "Translate 'good morning' into French."),
    ("Debug: my Go service deadlocks when two mutexes are taken in different orders. Fix it step by step.",
     "Give me a synonym for happy."),
    ("Derive the variance of a binomial distribution step by step.", "Tell me a joke."),
])
def test_ordering(scorer: ComplexityScorer, hard: str, easy: str) -> None:
    assert score(scorer, hard) > score(scorer, easy)


def test_conversation_ending_in_hard_ask(scorer: ComplexityScorer) -> None:
    chatty = ["You are a friendly assistant.", "hi!", "Hello! How can I help?"]
    assert score(scorer, *chatty, "Prove Fermat's little theorem.") > score(scorer, *chatty, "Thanks, that's all!")


def test_score_range_features_and_tiers() -> None:
    result = ComplexityScorer(ComplexitySettings()).score(["Prove that there are infinitely many primes."])
    assert 0.0 <= result.score <= 1.0
    assert set(result.features) == set(FEATURES)
    assert all(0.0 <= v <= 1.0 for v in result.features.values())
    lenient = ComplexityScorer(ComplexitySettings(low_max=0.0, high_min=0.0))
    strict = ComplexityScorer(ComplexitySettings(low_max=1.0, high_min=1.0))
    assert lenient.tier(0.01) == "high" and strict.tier(0.99) == "low"
    assert ComplexityScorer(ComplexitySettings(low_max=0.3, high_min=0.7)).tier(0.5) == "medium"


def test_empty_conversation_is_defined() -> None:
    result = ComplexityScorer(ComplexitySettings()).score([])
    assert 0.0 <= result.score <= 1.0 and features([])["turns"] == 0.0


def test_builtin_model_ships_and_covers_every_feature() -> None:
    model = LogisticModel.builtin()
    assert set(model.weights) == set(FEATURES)


def test_prompt_tokens_estimate() -> None:
    assert estimate_tokens(["a" * 400]) == 104
    signals = SignalClassifier(SignalSettings()).classify(["x" * 4000, "y" * 400])
    assert signals.prompt_tokens_estimate == estimate_tokens(["x" * 4000, "y" * 400])


@pytest.mark.parametrize("text", ["Hi", "hi", "Hi!", "hey", "Hey there!", "Hello", "ok", "Okay, thanks!",
                                  "Good morning", "thank you so much", "How are you?", "bye"])
def test_small_talk_is_low(scorer: ComplexityScorer, text: str) -> None:
    result = scorer.score([text])
    assert result.tier == "low" and result.score < 0.2, (text, result.score)
    assert scorer.score(["You are a helpful assistant.", text]).tier == "low"


def test_a_greeting_does_not_soften_a_hard_ask(scorer: ComplexityScorer) -> None:
    ask = "Prove that there are infinitely many primes, rigorously."
    assert scorer.score([f"Hi! {ask}"]).tier == "high"
    assert score(scorer, f"Hi! {ask}") > score(scorer, "Hi!") + 0.5


@pytest.mark.parametrize("hard", [
    "用不超过三步证明这个队列实现的线性一致性，并给出反例。",        # Chinese: prove ... give a counterexample
    "このキャッシュ設計で整合性が保たれる理由を説明して",            # Japanese: explain why the design stays consistent
    "Докажи, что сумма двух нечётных чисел чётна.",                  # Russian: prove that
    "Beweise, dass es unendlich viele Primzahlen gibt.",             # German: prove that
])
def test_short_hard_asks_in_other_languages(scorer: ComplexityScorer, hard: str) -> None:
    """A short ask in another script has no English words to count: it is not a "plain short ask"
    by default, and the asks to prove, derive or design count in the languages users write in."""
    assert score(scorer, hard) > score(scorer, "List three colors") + 0.3
    assert score(scorer, hard) > score(scorer, MEMO + "\n\nfix any typos")


def test_log_levels_in_a_paste_are_not_asks(scorer: ComplexityScorer) -> None:
    """"DEBUG" in a pasted log is a log level, not a request to debug."""
    log = "\n".join(f"2031-04-0{i % 9 + 1} 0{i % 10}:12:44 DEBUG cache hit ratio 0.{i % 97:02d}" for i in range(120))
    assert scorer.score([log + "\n\nmake this a table"]).tier == "low"


def test_a_short_specialist_ask_is_not_a_plain_one(scorer: ComplexityScorer) -> None:
    """A rare lower-case word ("undecidable") is a specialist's vocabulary: a short message made of
    it is not scored as "List three colors" is; capitalised rare words (names, products) do not count."""
    hard = score(scorer, "show the frobnication problem is undecidable")
    assert hard > score(scorer, "List three colors") + 0.3
    assert scorer.score(["Say hi to Nalubega"]).tier == "low"


@pytest.mark.parametrize("hard, easy", [
    ("证明根号2是无理数，并推导一般情况。", "把这句话翻译成英文：今天天气很好。"),
    ("分散システムで一貫性を保つ設計を説明して", "この文章を要約して"),
    ("Докажи, что любая конечная группа простого порядка циклическая.", "Переведи на английский: доброе утро."),
    ("Diseña un algoritmo distribuido de consenso y justifica su corrección.", "Traduce 'buenos días' al inglés."),
    ("Beweise, dass es unendlich viele Primzahlen gibt, Schritt für Schritt.", "Übersetze 'danke' ins Englische."),
])
def test_task_cues_in_other_languages(scorer: ComplexityScorer, hard: str, easy: str) -> None:
    assert score(scorer, hard) > score(scorer, easy) + 0.3, (hard, easy)
    assert scorer.score([hard]).tier != "low" and scorer.score([easy]).tier == "low"


def test_words_of_pasted_lines_are_not_the_request(scorer: ComplexityScorer) -> None:
    """A short ask on the first or last line of a pasted log or CSV: the pasted lines' words
    ("scheduler", "distributed", "benchmark") do not count as the request's."""
    log = "\n".join(f"2025-11-{d:02d} 0{d % 10}:12:13 INFO distributed scheduler benchmark shard-{d} "
                    f"optimize queue depth {d * 37}" for d in range(1, 29))
    rows = "\n".join(f"{i},{i * 7 % 31},widget-{i % 9},{i * 1.5:.2f},shipped" for i in range(120))
    for pasted in (log, rows):
        assert len(pasted) > 1500
        for text in (f"make this a table\n{pasted}", f"{pasted}\nsort by the first column"):
            assert scorer.score([text]).tier == "low", text[:40]
    assert scorer.score([f"{log}\n\nFind the root cause of the queue growth and design a fix; justify it."]).tier != "low"


def test_rare_technical_words_carry_a_short_ask(scorer: ComplexityScorer) -> None:
    """A short ask with no task cue is easy when made of everyday words, not when its words
    are rare technical terms; names and places are not technical terms."""
    hard = score(scorer, "show the halting problem is undecidable")
    assert hard > score(scorer, "count the sentences") + 0.3
    assert hard > score(scorer, "capital of Bhutan?") + 0.3
    assert scorer.score(["what's the weather like in Paris?"]).tier == "low"


@pytest.mark.parametrize("text", ["x" * 2000 + " \t" * 150, " \t" * 150 + "y" * 2000, "\n" * 300 + "z" * 2000])
def test_long_messages_with_blank_edges_are_scored(scorer: ComplexityScorer, text: str) -> None:
    """A long message whose first or last 200 characters are only whitespace has no request lines
    at that edge; it is scored, not an error."""
    assert 0.0 <= scorer.score([text]).score <= 1.0


def test_a_why_question_in_specialist_words_is_not_a_plain_one(scorer: ComplexityScorer) -> None:
    """A short why/how question about something outside everyday words asks for an explanation;
    the same shape in everyday words ("why is the sky blue?") stays an easy ask."""
    for hard in ("Why does a Bloom filter never give false negatives?",
                 "How can a quorum survive two simultaneous partitions?"):
        assert score(scorer, hard) > score(scorer, "List three colors") + 0.3, hard
    assert scorer.score(["Why is the sky blue?"]).tier == "low"


def test_quoted_material_is_not_the_ask() -> None:
    """The ask's words leave out what it quotes or introduces after a colon."""
    quoted = features(["Make this friendlier: 'the quarterly reconciliation was postponed indefinitely.'"])
    plain = features(["Make this friendlier."])
    assert quoted["ask_words"] == plain["ask_words"] and quoted["uncommon_words"] == plain["uncommon_words"]


def test_request_words_reach_the_model() -> None:
    """The vocabulary part of the model: the request's words add their weights, other words none."""
    model = LogisticModel({}, 0.0, {"prove": 2.0})
    assert model.score({}, frozenset({"prove", "unlisted"})) == pytest.approx(1 / (1 + 2.718281828459045 ** -2.0))
    assert model.score({}, frozenset({"unlisted"})) == 0.5
    assert LogisticModel.builtin().vocabulary, "the shipped model has word weights"


# Round 14: a long list of items at a message's edge is material; the hard and easy asks in more languages.
NOTES_DE = "\n".join(f"{i}. Lieferung am Tor {i % 4 + 1} angenommen, Regal {i % 7} aufgefüllt." for i in range(1, 45))
FIELDS_EN = "\n".join(f"Item {i}: visitors sign in at reception and wear the badge at all times." for i in range(1, 30))


@pytest.mark.parametrize("easy", [
    f"Mach daraus eine Tabelle.\n\n{NOTES_DE}",                     # German: make it a table (ask first)
    f"{NOTES_DE}\n\nWie viele Zeilen sind das?",                     # German: how many lines (ask last)
    f"Office rules\n{FIELDS_EN}\n\nDo visitors need a badge?",       # a form's fields, a yes/no lookup
])
def test_a_long_list_at_the_edge_is_material_not_the_ask(scorer: ComplexityScorer, easy: str) -> None:
    """Numbered notes or "Item N:" fields that run past the request window are pasted material:
    their count of items is not a list of requirements, and the ask around them is the request."""
    assert features([easy])["enumerated"] == 0.0
    for hard in ("Udowodnij, że algorytm zachłanny jest tu optymalny, albo podaj kontrprzykład.",   # Polish
                 f"{NOTES_DE}\n\nFormuliere daraus ein Optimierungsmodell und beweise, wo die Heuristik versagt."):
        assert score(scorer, hard) > score(scorer, easy) + 0.2, (hard[:40], easy[:40])


def test_a_short_ask_list_of_requirements_is_still_the_ask() -> None:
    """A list that fits in the window is the ask's own (its requirements), not material."""
    ask = "Design a job queue:\n1. at-least-once delivery\n2. retries with backoff\n3. a dead-letter queue\n" \
          "4. per-tenant limits\n5. metrics"
    assert features([ask])["enumerated"] > 0.5 and features([ask])["design"] > 0


@pytest.mark.parametrize("hard, easy", [
    ("Bevisa att varje träd med n noder har n-1 kanter.", "Vad betyder 'fika' på engelska?"),        # Swedish
    ("Navrhni algoritmus pro rozvrhování směn a dokaž jeho správnost.", "Přelož 'dobrý den' do angličtiny."),  # Czech
    ("Bu önbellek tasarımının neden tutarlı kaldığını kanıtla.", "'Merhaba' İngilizce ne demek?"),      # Turkish
    ("Εξήγησε γιατί η ταξινόμηση με συγκρίσεις χρειάζεται n log n βήματα.", "Πώς λέγεται 'σπίτι' στα αγγλικά;"),  # Greek
    ("Доведи, що кожна скінченна група простого порядку циклічна.", "Переклади 'добрий ранок' англійською."),  # Ukrainian
    ("اشرح لماذا تفشل الخوارزمية الجشعة هنا وقدّم مثالاً مضاداً.", "ما معنى كلمة 'مرحبا' بالإنجليزية؟"),  # Arabic
    ("सिद्ध कीजिए कि यह एल्गोरिदम हमेशा रुकता है।", "'धन्यवाद' का अंग्रेज़ी क्या है?"),           # Hindi
    ("이 캐시 설계가 왜 일관성을 유지하는지 증명해 줘.", "'감사합니다'를 영어로 어떻게 말해?"),                # Korean
])
def test_hard_and_easy_asks_in_more_languages(scorer: ComplexityScorer, hard: str, easy: str) -> None:
    assert score(scorer, hard) > score(scorer, easy) + 0.3, (hard, easy)


def test_a_greek_question_mark_is_no_code() -> None:
    """Greek ends a question with ';': a line ending in it after a Greek letter is no code line."""
    assert features(["Τι ώρα ανοίγει το κατάστημα;"])["code_density"] == 0.0
    assert features(["x = compute(y);\nreturn x;"])["code_density"] > 0.0


def test_round14_rules_stay_bounded(scorer: ComplexityScorer) -> None:
    """Worst cases for the item-run rule and the longer cue lists: huge messages of list items,
    of one unbroken line, and of cue prefixes score in a few milliseconds (bounded request window)."""
    import time
    worst = ["1. " + "a: " * 200_000, "\n".join("Note 1: x" for _ in range(200_000)),
             "leite " * 100_000, "ανάλυσ " * 100_000, "证明" * 200_000]
    for text in worst:
        start = time.perf_counter()
        scorer.score([text])
        assert time.perf_counter() - start < scaled(0.25), text[:20]


def test_the_request_window_counts_wide_characters_twice(scorer: ComplexityScorer) -> None:
    """1,000 Han characters carry what ~2,000 Latin ones do: such a message is pasted material with
    an ask at its edge, and a task word inside the pasted article (设计, "design") is not the ask."""
    article = ("公司宣布新办公楼的设计方案，保留了原有的花园和停车场，员工下个月搬入。" * 11 + "\n\n") * 2
    easy = "新闻摘录\n\n" + article + "这段文字一共有几段？"                      # how many paragraphs?
    assert 700 < len(easy) <= 1200
    assert features([easy])["design"] == 0.0
    assert score(scorer, easy) < score(scorer, "设计一个分布式缓存，并证明它在网络分区时的一致性。")


@pytest.mark.parametrize("text", [
    "Resuelve paso a paso cuánto IVA se debe si la factura cruza dos trimestres.",      # Spanish
    "Ragiona passo dopo passo: quale dei due contratti prevale?",                       # Italian
    "Redeneer stap voor stap waarom deze cache inconsistent kan worden.",               # Dutch
    "Rozumuj krok po kroku, który przepis ma pierwszeństwo.",                           # Polish
    "Adım adım akıl yürüt: hangi vergi kuralı uygulanır?",                              # Turkish
    "Рассуждай шаг за шагом: какой закон применим к этому договору?",                   # Russian
    "Hãy lập luận từng bước xem điều khoản nào được ưu tiên.",                           # Vietnamese
    "이 두 규정 중 어느 것이 우선하는지 단계별로 추론해 줘.",                                  # Korean
    "这两条规定哪条优先？请一步一步分析。",                                                  # Chinese
    "どちらの規則が優先されるか段階的に考えてください。",                                       # Japanese
    "فكّر خطوة بخطوة: أي القاعدتين تسري على هذا العقد؟",                                  # Arabic
    "चरण-दर-चरण बताइए कि कौन सा नियम लागू होगा।",                                         # Hindi
])
def test_step_by_step_asks_in_other_languages_are_reasoning(text: str) -> None:
    """"Step by step" / "reason it through" asks reasoning in any language (English had it alone)."""
    assert features([text])["reasoning"] > 0, text


@pytest.mark.parametrize("text", [
    "Pon en una tabla todas las fechas y los importes del texto.",                      # Spanish
    "Mets dans un tableau les échéances et les montants.",                              # French
    "Fasse die Fristen und Beträge in einer Tabelle zusammen.",                         # German
    "Zestaw w tabeli wszystkie terminy i kwoty z tekstu.",                              # Polish
    "Перечисли все сроки и суммы из текста.",                                           # Russian
    "Metindeki tarihleri tablo halinde ver.",                                           # Turkish
    "本文の期限と金額を表にしてください。",                                                   # Japanese
    "본문의 기한과 금액을 표로 정리해 줘.",                                                   # Korean
    "ضع كل المواعيد والمبالغ في جدول.",                                                  # Arabic
    "पाठ की सभी तारीखें तालिका में लिखिए।",                                                # Hindi
])
def test_put_it_in_a_table_asks_are_simple(text: str) -> None:
    """Putting what a text says into a table or a list is an extraction in any language."""
    assert features([text])["simple"] > 0, text


def test_round16_cues_stay_bounded(scorer: ComplexityScorer) -> None:
    """The longer reasoning and extraction alternations on huge inputs of their prefixes stay fast."""
    import time
    for text in ("paso a " * 100_000, "langkah demi " * 100_000, "в таблиц " * 100_000, "단계별" * 200_000):
        start = time.perf_counter()
        scorer.score([text])
        assert time.perf_counter() - start < scaled(0.25), text[:20]
