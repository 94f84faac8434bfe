"""Complexity signal: cheap text features + a logistic regression shipped as JSON.

Length alone is a poor proxy (a one-line proof request is hard; a 20 KB memo to summarise is
easy), so the features look at *what is asked*: the instruction region (start and end of the
last message, where requests live) is scanned for task cues, constraints and sub-questions,
while the body only contributes densities (code, math) that do not grow with length.
A message made only of small talk ("Hi", "ok thanks", "how are you?") has no cue at all, and
the model, trained on task prompts, would score it from its bias and shape alone (~0.6): such a
message counts as fully `simple` instead; so does a short plain request ("Say hi", "List three
colors", "What's 2+2?": at most 8 words, no hard-task cue, no code): a cue-less short ask is an
easy one, and the model would again score it from its shape alone. That rule counts English words,
so it holds for mostly-Latin text only; the asks to prove, derive or design are also matched in the
other languages users write in (Han, kana and Hangul without word boundaries), and words in
capitals (log levels such as "DEBUG", acronyms) are not read as asks.
A cue-less short ask in rare technical words ("show the halting problem is undecidable") is not a
plain one either: the `rare_words` feature carries it. In a long message the request is its prose
lines at the start and the end; pasted log, CSV and code lines are material, not the ask.
A short why/how question in specialist words ("why can't 3 generals tolerate 1 traitor?") is no
plain ask either. Features that carry across phrasings describe the ask itself, without what it
quotes: its length in words, its mean word length and its share of words outside everyday English.
Weights come from bench/train_complexity.py on every generator's labelled sets, with a bag-of-words
over the request limited to words several generators use (a word one generator's templates repeat
is its phrasing, not a sign of difficulty); its --logo prints the leave-one-generator-out spread.
"""

from __future__ import annotations

import json
import math
import re
import time
from functools import lru_cache
from typing import NamedTuple
from importlib import resources

from gateway.signals.names import name_lexicon
from gateway.signals.settings import ComplexitySettings
from gateway.signals.types import ComplexityResult, ComplexityTier

_INSTRUCTION_CHARS = 600  # the head and tail of the last message: where the request is phrased


def _cue(words: str) -> re.Pattern[str]:
    """Matched against lower-cased text: Python's IGNORECASE alternations are ~10x slower."""
    return re.compile(rf"\b(?:{words.lower()})")


_REASONING = _cue(
    r"prove|proof|derive|derivation|show that|theorem|lemma|induction|rigorous|formali[sz]e|"
    r"step[- ]by[- ]step|reason(?:ing)? about|why does|explain why|justify|counterexample|invariant|"
    r"asymptotic|complexity of|big-?o|closed[- ]form|estimate|calculate the probability|expected value")
_DESIGN = _cue(
    r"design|architect|implement|build a|write a (?:program|function|class|module|service|parser|compiler)|"
    r"refactor|optimi[sz]e|debug|fix the (?:bug|race|deadlock|leak)|race condition|deadlock|concurren|"
    r"scal(?:e|able|ing)|distributed|fault[- ]toleran|algorithm|data structure|migrat|benchmark|profile|"
    r"threat model|system for|pipeline for|schema for")
_ANALYSIS = _cue(
    r"trade-?offs?|compare and contrast|pros and cons|analy[sz]e|evaluate|critique|assess|strategy|"
    r"plan (?:for|a|the)|roadmap|implications|edge cases|failure modes|root cause|hypothes[ie]s|"
    r"what would happen if|under what conditions|contradict|inconsisten")
_SIMPLE = _cue(
    r"summari[sz]e|summary|tl;?dr|translate|rephrase|paraphrase|reword|proofread|"
    r"fix (?:the )?(?:typos?|grammar|spelling)|"
    r"what is the capital|what(?:'s| is) the (?:date|time|weather)|define |definition of|synonym|antonym|"
    r"spell|convert .* to|extract (?:the|all)|list (?:the|all)|classify|sentiment|format (?:this|as)|"
    r"capitali[sz]e|shorten|make (?:it|this) shorter|title for|tweet|one sentence|in one word|yes or no|"
    r"who (?:is|was|wrote)|when (?:is|was|did)|how do you say|hello|hi there|thanks|thank you")
_CONSTRAINT = _cue(
    r"must|should not|must not|without using|at most|at least|no more than|exactly|ensure|guarantee|"
    r"constraint|requirement|o\(|in-place|thread-safe|lock-free|within \d|under \d|edge case|handle (?:all|the)")
_LONG_OUTPUT = _cue(
    r"detailed|comprehensive|in depth|in-depth|thorough|full implementation|complete implementation|"
    r"essay|report|whitepaper|\d{3,} words|multiple (?:files|sections)|with tests|unit tests|"
    r"explain each|walk me through")
# The same asks in the languages users write in. Han, kana and Hangul put no space between words,
# so their cues are matched anywhere (no word boundary).
_REASONING_INTL = re.compile(
    r"\b(?:докаж|доказ|выведи|выведите|почему|обоснуй|довед|контрпример|demuestra|demostra|demuéstr|por qué|"
    r"justifica|contraejemplo|deduce|dédui[st]|déduire|démontr|prouve[rz]?|pourquoi|justifie|contre-exemple|montre[rz]? que|"
    r"beweis|herleit|leite .{0,40}\bher|warum|wieso|weshalb|begründ|gegenbeispiel|zeige,? dass|"
    r"demonstr[ae]|por que|por quê|porquê|prove que|provar|deduza|justifique|contraexemplo|dimostra|perché|giustifica|"
    r"controesempio|ricava|udowodnij|wyprowadź|dlaczego|uzasadnij|kontrprzykład|dokaž|odvoď|proč|zdůvodni|"
    # round 33 (yazoo): the same asks as a participle or a noun of the clause ("en justifiant", "justificándolo",
    # "motivando", "z uzasadnieniem", "z dowodem", "con prueba")
    r"justifiant|justificándol|justificando|motivando|uzasadnieni|z dowodem|com prova|con prueba|avec preuve|"
    r"con dimostrazione|"
    r"kanıtla|ispatla|türet|neden|niçin|gerekçelendir|karşı örnek|bewijs|leid .{0,40}\baf|afleid|waarom|"
    r"onderbouw|tegenvoorbeeld|bevisa|härled|varför|motivera|motexempel|udled|utled|hvorfor|todista|"
    r"johda|miksi|perustele|vastaesimerk|bizonyítsd|miért|demonstrează|απόδει|αποδεί|γιατί|αιτιολόγ|"
    r"доведи|доведіть|виведи|чому|обґрунтуй|контрприклад|buktikan|turunkan|mengapa|kenapa|"
    r"chứng minh|tại sao|suy ra|sabit karo|proof ke saath|kyon|kyun|"
    # "step by step" and "reason it through": an ask to reason, whatever the topic
    r"paso a paso|razona|razonando|étape par étape|raisonne|schritt für schritt|passo a passo|raciocin|"
    r"passo dopo passo|ragiona|stap voor stap|redeneer|steg för steg|trin for trin|vaihe vaiheelta|"
    r"päättele|krok po kroku|rozumuj|krok za krokem|adım adım|akıl yürüt|pas cu pas|raționeaz|"
    r"lépésről lépésre|βήμα[- ]βήμα|шаг за шагом|пошагово|рассужда|крок за кроком|покроково|міркуй|"
    r"langkah demi langkah|langkah demi|hatua kwa hatua|từng bước|lập luận|"
    # rigorous (the English list has it)
    r"rigoureu|riguros|rigoros|rygorystyczn|nghiêm ngặt)|"
    r"厳密|严格|嚴格|엄밀|段階的に|ステップバイステップ|一步一步|一步步|逐步|단계별|추론|차근차근|خطوة بخطوة|گام به گام|قدم به قدم|"
    r"مرحلہ وار|שלב אחר שלב|चरण-दर-चरण|चरणबद्ध|ধাপে ধাপে|படிப்படியாக|ทีละขั้น|"
    r"证明|論証|论证|推导|推導|为什么|為什麼|为何|反例|正确性|正しさ|証明|導出|なぜ|理由を説明|示せ|증명|유도|왜|반례|"
    r"برهن|أثبت|اثبت|لماذا|اشتق|استنتج|اثبات کن|ثابت کن|چرا|הוכח|מדוע|למה|सिद्ध|साबित|क्यों|प्रमाण|প্রমাণ|কেন")
_DESIGN_INTL = re.compile(
    r"\b(?:спроектируй|реализуй|архитектур|оптимизир|алгоритм|смоделируй|сформулируй|diseña|implementa|"
    r"arquitectura|optimiza|modela|conçois|concevez|architecture|implémente|optimise|algorithme|modélise|"
    r"formalise|entwirf|entwerfe|implementiere|architektur|optimiere|algorithmus|modelliere|formalisiere|"
    r"projete|projetar|implemente|otimiz|algoritmo|modele|modelar|progetta|ottimizza|modella|zaprojektuj|"
    r"zaimplementuj|zoptymalizuj|zaproponuj|sformułuj|algorytm|navrhni|implementuj|optimalizuj|tasarla|"
    r"optimize et|modelle|formülle|ontwerp|implementeer|optimaliseer|formuleer|algoritme|designa|utforma|"
    r"implementera|optimera|formulera|suunnittele|toteuta|optimoi|mallinna|σχεδίασ|υλοποίησ|βελτιστοποί|"
    r"αλγόριθμ|μοντελοποί|спроєктуй|реалізуй|оптимізуй|побудуй|rancang|implementasikan|optimalkan|"
    r"modelkan|thiết kế|tối ưu|thuật toán|triển khai)|设计|設計|方案|架构|架構|実装|实现|分布式|一致性|最適化|"
    r"アルゴリズム|定式化|モデル化|优化|算法|建模|形式化|설계|구현|아키텍처|최적화|알고리즘|정식화|"
    r"صمم|صمّم|خوارزمي|طراحی کن|الگوریتم|بهینه|תכנן|אלגוריתם|डिज़ाइन|डिजाइन|अनुकूलन|एल्गोरिदम|মডেল|নকশা")


_ANALYSIS_INTL = re.compile(
    r"\b(?:analiza|evalúa|ventajas y desventajas|estrategia|compara|avantages et inconvénients|stratégie|"
    r"évalue|analysier|vergleiche|bewerte|vor- und nachteile|abwäg|erörter|analise|avalie|prós e contras|"
    r"análise|discuta|analizza|confronta|valuta|pro e contro|przeanalizuj|oceń|porównaj|omów|analyzuj|"
    r"vyhodnoť|porovnej|analiz et|değerlendir|karşılaştır|analyseer|evalueer|vergelijk|afweging|beoordeel|"
    r"analysera|utvärdera|jämför|avvägning|analysoi|arvioi|vertaa|ανάλυσ|αξιολόγησ|σύγκριν|"
    r"проанализируй|сравни|оцени|плюсы и минусы|стратеги|проаналізуй|порівняй|оціни|analisis|bandingkan|"
    r"evaluasi|phân tích|đánh giá|so sánh|"
    # contradictions and inconsistencies to find, hypotheses, compromises (trade-offs)
    r"contradic|contradiç|contredi|contraddi|widersprüch|widerspruch|tegenstrijdig|sprzeczn|rozpor|"
    r"противореч|суперечн|çelişki|motsägelse|modsigelse|ristiriita|αντίφασ|ellentmond|mâu thuẫn|"
    r"hypothès|hipótesis|hipótese|ipotesi|hypothese|hipotez|гипотез|гіпотез|υπόθεσ|"
    r"compromis|compromesso|kompromiss|kompromis|компромисс|компроміс|συμβιβασμ)|矛盾|모순|仮説|假设|가설|"
    # an analysis as the last part of a compound ("Sensitivitätsanalyse", "risicoanalyse", "kostnadsanalys",
    # "riskianalyysi"): German, Dutch and the Nordic languages write the kind of analysis into one word
    r"\w(?:analyse|analysen|analys|analyysi)\b|"
    r"تناقض|סתירה|विरोधाभास|分析|比较|比較|评估|評価|权衡|利弊|トレードオフ|検討|분석|비교|장단점|평가|"
    r"حلل|حلّل|قيّم|قارن|تحلیل|ارزیابی|مقایسه|נתח|השווה|विश्लेषण|मूल्यांकन|तुलना|বিশ্লেষণ")
# Explain in other languages (the English list is _EXPLAIN): an explanation is no lookup.
_EXPLAIN_INTL = re.compile(
    r"\b(?:explica|explique|erkläre|erklär|spiega|leg uit|förklara|forklar|selitä|vysvětli|wyjaśnij|"
    r"açıkla|εξήγησ|объясни|поясни|поясніть|jelaskan|jelasin|giải thích)|"
    r"اشرح|توضیح|הסבר|תסביר|समझा|व्याख्या|ব্যাখ্যা|説明|설명|解释|解釋|说明")
# Easy asks: summarise, translate, correct, look up. Without them a short easy ask in another
# script ("Переведи на английский: доброе утро") scored like a task of unknown difficulty (~0.6).
_SIMPLE_INTL = re.compile(
    r"\b(?:resume|resumen|traduce|traducir|corrige|cuál es la capital|résume|résumé|tradui|quelle est la capitale|"
    r"zusammenfass|übersetze|korrigiere|hauptstadt|resuma|traduza|qual é a capital|riassumi|traduci|"
    r"кратко|перескажи|переведи|исправь|столиц|сколько будет|как по-|что такое|"
    r"vertaal|samenvat|översätt|sammanfatta|käännä|tiivistä|přelož|shrň|przetłumacz|podsumuj|çevir|özetle|"
    r"μετάφρασ|συνόψισ|переклади|підсумуй|terjemahkan|ringkas|tóm tắt|dịch|"
    r"qué significa|que significa|que veut dire|was bedeutet|cosa significa|wat betekent|vad betyder|"
    r"mitä tarkoittaa|co znamená|co oznacza|ne demek|τι σημαίνει|що означає|что значит|что означает|apa arti|"
    r"en inglés|en anglais|auf englisch|in inglese|em inglês|in het engels|på engelska|englanniksi|anglicky|"
    r"po angielsku|ingilizce|στα αγγλικά|англійською|bahasa inggris|tiếng anh|sinónimo|synonyme|sinonimo|"
    r"синоним|afkorting|abreviatura|abréviation|abkürzung|abbreviazione|сокращени|"
    # put what the text says into a table or a list: an extraction, however long the text
    r"en una tabla|en tabla|dans un tableau|en tableau|in einer tabelle|als tabelle|in una tabella|"
    r"em uma tabela|numa tabela|in een tabel|als tabel|i en tabell|som en tabell|taulukko|taulukoksi|"
    r"w tabeli|v tabulce|do tabulky|tablo halinde|tabloya|σε πίνακα|в таблиц|у таблиц|dalam tabel|"
    r"buat tabel|kwenye jedwali|thành bảng|vào bảng|elenca|enumera|liste[rz]? |listele|wypisz|vypiš|"
    r"перечисли|выпиши|перелічи|изброй)|"
    r"表にして|表格|列成表|列出|一覧|표로|나열|جدول|טבלה|תטבלה|तालिका|টেবিলে|ตาราง|"
    r"لخص|ترجم|بالإنجليزية|معنى|خلاصه|به انگلیسی|סכם|תרגם|באנגלית|अनुवाद|सारांश|अंग्रेज़ी|अंग्रेजी|"
    r"总结|摘要|翻译|翻譯|改写|首都|要約|翻訳|まとめて|英語で|英语|英文|什么意思|どういう意味|요약|번역|수도|영어로|무슨 뜻")


_SHORT_OUTPUT = _cue(r"briefly|brief|short|one (?:line|sentence|word|paragraph)|concise|just the|only the answer")
# Words a message may consist of entirely and still ask nothing (greetings, thanks, acknowledgements);
# at least one must be a greeting/acknowledgement proper, so a bare "how?" or "why?" is not small talk.
_SMALL_TALK_ANCHORS = frozenset(
    "hi hey heya hiya hello hallo yo sup howdy greetings morning afternoon evening night thanks thank thx ty "
    "cheers ok okay k kk yes yeah yep yup no nope sure cool great nice awesome perfect bye goodbye lol haha".split())
_SMALL_TALK_WORDS = _SMALL_TALK_ANCHORS | frozenset(
    "good day fine see ya later how are you u doing what's whats up there all everyone again so much very a lot "
    "bot assistant friend that's thats it got".split())
_GREETING_PHRASE = re.compile(r"\bhow are (?:you|u)\b|\bwhat'?s up\b|\bgood day\b")
_WORD = re.compile(r"[a-z']+")
# A word in capitals is a log level, a constant or an acronym ("DEBUG", "ERROR", "PROFILE"), not an ask.
_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")
# Code: literal tokens (str.count is C-fast) + indented or brace-terminated lines.
_CODE_TOKENS = ("```", "def ", "class ", "return ", "=>", "#include", "function ", "SELECT ", "import ", "();")
# A line ending in ";" is code when an ASCII character precedes it: Greek asks end in ";" (its question mark).
_CODE_LINES = re.compile(r"^[ \t]{4,}\S|(?:[{}]|[\x21-\x7e];)[ \t]*$", re.MULTILINE)
_MATH = re.compile(r"\$[^$\n]{1,80}\$|\\(?:frac|sum|int|sqrt|mathbb|lim|prod)|[∑∫√∀∃≤≥≠∞∂]|"
                   r"\b[a-z]\^\d|\bmod\b|"
                   r"\b(?:integral|matrix|eigen|polynomial|derivative|prime|modulo|lattice|manifold)\b")
_ENUMERATED = re.compile(r"^\s*(?:\d+[.)]|\([a-z0-9]\)|[a-z][.)]|[-*•])\s+\S", re.MULTILINE)

# Why / how questions ask for an explanation: "Why is SHA-1 broken but HMAC-SHA1 still safe?" is
# short and carries no task word, yet it is no lookup.
_EXPLAIN = _cue(
    r"why|how come|how (?:does|do|can|could|would|should|is|are|did)|what (?:would|happens|if)|"
    r"explain|is (?:it|there) (?:possible|a)|under what")

# The cue lists by feature (each the English list and, where one exists, the other languages' list).
# One table so bench/train_complexity.py can score with a subset (its strict leave-one-generator-out).
Cues = dict[str, tuple[re.Pattern[str], ...]]
CUES: Cues = {
    "reasoning": (_REASONING, _REASONING_INTL), "design": (_DESIGN, _DESIGN_INTL),
    "analysis": (_ANALYSIS, _ANALYSIS_INTL), "simple": (_SIMPLE, _SIMPLE_INTL), "constraints": (_CONSTRAINT,),
    "long_output": (_LONG_OUTPUT,), "short_output": (_SHORT_OUTPUT,), "explain": (_EXPLAIN, _EXPLAIN_INTL),
}

FEATURES: tuple[str, ...] = (
    "reasoning", "design", "analysis", "simple", "constraints", "questions", "enumerated",
    "long_output", "short_output", "code_density", "math_density", "turns", "log_chars",
    "instruction_share", "rare_words", "explain", "ask_words", "word_length", "uncommon_words",
)


class Analysis(NamedTuple):
    """What the model scores: the bounded features and the request's words (the lexical part)."""

    features: dict[str, float]
    words: frozenset[str]


def request_text(texts: list[str]) -> str:
    """The request of the last message (_instruction), lower-cased, words in capitals blanked."""
    return _CAPITALS.sub(" ", _instruction(texts[-1] if texts else "")).lower()


def features(texts: list[str], cues: Cues = CUES) -> dict[str, float]:
    """Length-robust features of a conversation (bounded counts and densities, not raw sizes)."""
    return analyse(texts, cues).features


def analyse(texts: list[str], cues: Cues = CUES) -> Analysis:
    """Features and request words of a conversation, from one pass over the request region."""
    last = texts[-1] if texts else ""
    raw_instruction = _instruction(last)
    whole_chars = sum(len(t) for t in texts) or 1
    sample = "\n".join(t[:8_000] for t in texts[-8:])  # densities from a bounded sample: O(1) cost
    lines = max(1, sample.count("\n") + 1)
    rare = _rare_share(raw_instruction)  # before lower-casing: capitalised words are names, not vocabulary
    lowered, instruction = sample.lower(), _CAPITALS.sub(" ", raw_instruction).lower()

    def hits(name: str, cap: int = 3) -> float:
        return min(1.0, sum(min(cap, sum(1 for _ in p.finditer(instruction))) / cap for p in cues[name]))

    reasoning, design, analysis, explain = hits("reasoning"), hits("design"), hits("analysis"), hits("explain", cap=1)
    constraints = hits("constraints", cap=4)
    code = (sum(map(sample.count, _CODE_TOKENS)) + len(_CODE_LINES.findall(sample))) / lines
    ask = _ask_words(instruction)
    english = _english(ask)
    uncommon = _uncommon_share(ask) if english else 0.0
    # A why/how question about something outside everyday words ("why can't 3 generals tolerate 1
    # traitor?") is no plain ask; "why is the sky blue?" still is.
    plain_short = (len(texts) <= 2 and whole_chars <= 80 and _latin(instruction) and len(_WORD.findall(instruction)) <= 8
                   and rare <= 0.25 and not (explain and uncommon)
                   and not (reasoning or design or analysis or constraints or code or _MATH.search(lowered)))
    feats = {
        "reasoning": reasoning,
        "design": design,
        "analysis": analysis,
        "simple": 1.0 if plain_short or _small_talk(instruction) else hits("simple", cap=2),
        "constraints": constraints,
        "questions": min(4, instruction.count("?")) / 4,
        "enumerated": min(6, len(_ENUMERATED.findall(instruction))) / 6,
        "long_output": hits("long_output", cap=2),
        "short_output": hits("short_output", cap=2),
        "code_density": min(1.0, code),
        "math_density": min(1.0, 20 * len(_MATH.findall(lowered)) / max(1, len(sample.split()))),
        "turns": min(1.0, math.log1p(len(texts)) / math.log(32)),
        "log_chars": min(1.0, math.log10(whole_chars) / 5),
        "instruction_share": len(raw_instruction) / whole_chars,
        "rare_words": rare,
        "explain": explain,
        "ask_words": min(1.0, math.log1p(len(ask)) / math.log(64)),
        "word_length": min(1.0, max(0.0, (sum(map(len, ask)) / len(ask) - 3) / 5)) if english else 0.0,
        "uncommon_words": uncommon,
    }
    return Analysis(feats, frozenset(_TOKEN.findall(instruction)))


# Material the ask quotes or introduces ("Make this more polite: 'send me the report now.'"):
# a quoted span, or what follows a colon at a line end. Its words are the material, not the ask.
_QUOTED = re.compile(r"'[^'\n]{8,}'|\"[^\"\n]{8,}\"|“[^”]{8,}”|«[^»]{8,}»|:[ \t]*\n.*", re.DOTALL)
_ASK_WORD = re.compile(r"[^\W\d_][\w'-]+")
_TOKEN = re.compile(r"[^\W\d_]{2,}")  # the lexical model's words: letters of any script


def _ask_words(instruction: str) -> list[str]:
    """The English words of the ask itself (lower-cased request): without quoted material, and
    only the part before a colon when a short lead-in introduces longer material after it."""
    ask = _QUOTED.sub(" ", instruction)
    head, colon, rest = ask.partition(":")
    if colon and len(rest) > len(head) and len(_ASK_WORD.findall(head)) <= 8:
        ask = head
    return _ASK_WORD.findall(ask)[:200]


_EVERYDAY_EN_HALF_ZIPF = 9  # zipf >= 4.5 in English: the few thousand words of everyday text


def _english(words: list[str]) -> bool:
    """Most of the ask's words are common English ones (the word-length and vocabulary measures
    are English ones: German compounds are long and every Spanish word is "uncommon" in English)."""
    table = name_lexicon()
    return bool(words) and 2 * sum(((table.get(w) or 0) >> 4) & 15 >= _COMMON_EN_HALF_ZIPF for w in words) >= len(words)


def _uncommon_share(words: list[str]) -> float:
    """Share of the ask's English words outside everyday vocabulary ("multiplicity", "watermarks",
    "consecutive" vs "make", "polite", "slices"): a softer, wider measure than `rare_words`.
    From the name model's table (wordfreq's English frequency in half-Zipf steps)."""
    table = name_lexicon()
    return sum(((table.get(w) or 0) >> 4) & 15 < _EVERYDAY_EN_HALF_ZIPF for w in words) / len(words)


_LOWER_WORD = re.compile(r"(?<![\w'-])[^\W\d_A-Z][^\W\d_]{2,}(?![\w'-])")
_RARE_HALF_ZIPF = 6  # at most once per million words (zipf <= 3) in English and in every other language
_COMMON_EN_HALF_ZIPF = 7  # zipf >= 3.5 in English


def _rare_share(text: str) -> float:
    """Share of an English request's lower-case words that are rare in every language wordfreq
    covers and rank as no name or place: a specialist's vocabulary ("undecidable",
    "linearizable", "hypercube") carries hard asks, everyday words easy ones ("count the
    sentences", "fix any typos"). Capitalised words (names, products) are left out, since they
    are rare words too; 0 for a request that is not mostly English words, since the table knows
    other languages' words only when they are names or places. From the name model's table
    (data/name_lexicon.tsv: wordfreq frequencies, names-dataset ranks, pycountry places)."""
    words = [w.lower() for w in _LOWER_WORD.findall(text)[:200]]
    if not words:
        return 0.0
    table = name_lexicon()
    rare = common = 0
    for word in words:
        code = table.get(word)
        if code is None:
            rare += 1
            continue
        english, other = (code >> 4) & 15, code & 15
        common += english >= _COMMON_EN_HALF_ZIPF
        rare += code >> 8 == 0 and max(english, other) <= _RARE_HALF_ZIPF  # no name rank, not a place
    return rare / len(words) if 2 * common >= len(words) else 0.0


def _latin(text: str) -> bool:
    """Mostly ASCII letters: the word count and the cue lists that make a short ask "plain" are
    English ones; a short ask in Chinese or Russian has no English words to count."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() for c in letters) * 4 >= len(letters) * 3


def _small_talk(lowered: str) -> bool:
    """A short message of greeting/thanks/acknowledgement words only (its lower-cased text)."""
    if len(lowered) > 60:
        return False
    words = _WORD.findall(lowered)
    if not 0 < len(words) <= 8 or any(c.isdigit() for c in lowered) or any(w not in _SMALL_TALK_WORDS for w in words):
        return False
    return any(w in _SMALL_TALK_ANCHORS for w in words) or _GREETING_PHRASE.search(lowered) is not None


_STAMP = re.compile(r"\d{4}-\d\d-\d\d|\d\d?[:/.]\d\d[:/.]\d\d|\[?\d{1,2}:\d\d")


def _data_line(line: str) -> bool:
    """A line of pasted material rather than of the request: a log or chat line (starts with a
    date or time), code (indented, or ends in a brace or semicolon), or a record (mostly digits,
    or more separators than words, as in CSV and tables)."""
    text = line.strip()
    if not text:
        return False
    if (line.startswith(("    ", "\t")) or text[-1] in "{}" or text[0] in "{}[]<|#" or _STAMP.match(text)
            or (text[-1] == ";" and len(text) > 1 and text[-2].isascii())):
        return True
    digits = sum(c.isdigit() for c in text)
    separators = sum(text.count(c) for c in ",|\t;")
    return digits >= max(4, 0.3 * len(text)) or (separators >= 3 and 2 * separators >= len(text.split()))


# An item of a list or a form: "3. ...", "- ...", "§4 ...", "(b) ...", "Note 12: ...", "Monday: ...".
_ITEM_LINE = re.compile(r"\s*(?:\d{1,3}[.)]|[-*•§]|\(\w{1,3}\)|[^\W\d_][^:\n]{0,31}:\s)")
_SHORT_PARAGRAPH = 60  # an edge paragraph this short (window characters) that only says how to answer
# ... says so with a verb of answering: "answer / reply / respond (in Russian, briefly ...)" in the
# languages users write in. Such a line asks nothing; the ask is the paragraph behind it.
_ANSWER_DIRECTIVE = re.compile(
    r"\b(?:answer|reply|respond|antworte|antworten sie|beantworte|réponds|répondez|responde|respóndeme|contesta|"
    r"responda|rispondi|risponda|antwoord|svara|svar|vastaa|odpowiedz|odpowiadaj|odpověz|odpovídej|odpovedz|"
    r"ответь|ответьте|отвечай|відповідай|відповідайте|дай відповідь|απάντησε|απαντήστε|cevapla|yanıtla|cevap ver|"
    r"răspunde|răspundeți|válaszolj|trả lời|jawab|jawablah|balas|jibu)\b|"
    r"答えて|回答して|答えてください|回答|回复|答复|답해|답변|대답|أجب|اجب|ענה|תענה|השב|उत्तर दें|जवाब|پاسخ|جواب بده|ตอบ")
_ITEM_RUN = 5  # this many items in a row that run past the request window are a pasted list


def _edge(lines: list[str]) -> tuple[list[str], bool]:
    """The request lines at the edge of a message (`lines` in order from that edge): up to the
    first blank or pasted line, at most _INSTRUCTION_CHARS. A run of list or form items that is
    still going when the window is full (notes, a numbered log, a form's fields: material longer
    than any ask's own list) is pasted material too, in every language: the ask is around it.
    Also says whether the edge's paragraph was still going when the window filled (`cut`)."""
    taken: list[str] = []
    size = 0
    short = 0  # lines of a short first paragraph read past (see below)
    for line in lines:
        if not line.strip() or _data_line(line):
            # A short paragraph at the very edge that only says how to answer ("Answer in
            # Japanese.", "Reply in bullet points.") is not the ask: the paragraph of prose behind
            # it is read too, when it is a whole one (ended by a blank line, not running into code
            # or a table: material). A short question or a headline is no such directive.
            if (not short and taken and size <= _SHORT_PARAGRAPH and not line.strip()
                    and _ANSWER_DIRECTIVE.search(" ".join(taken).lower())):
                short = len(taken)
                taken.append(line)
                size += 1
                continue
            if short and line.strip():
                del taken[short:]
            break
        if size + _width(line) > _INSTRUCTION_CHARS:
            if short:  # the paragraph behind the short one runs past the window: material
                del taken[short:]
                return taken, False
            if _ITEM_LINE.match(line):
                run = 0
                while run < len(taken) and _ITEM_LINE.match(taken[-1 - run]):
                    run += 1
                if run >= _ITEM_RUN:
                    del taken[len(taken) - run:]
            return taken, True
        taken.append(line)
        size += _width(line) + 1
    return taken, False


# Han, kana, Hangul and full-width forms: one such character carries about what two Latin ones do
# (a word is 1-3 of them, with no space), so the request window holds half as many of them.
_WIDE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")


def _width(text: str) -> int:
    """Length with wide characters counted twice (bounded: callers pass at most a window's worth
    or cut off before counting)."""
    return len(text) + len(_WIDE.findall(text)) if len(text) <= 2 * _INSTRUCTION_CHARS else 2 * len(text)


def _instruction(message: str) -> str:
    """Where the request is phrased: a short message whole (wide characters counted twice); in a long one, the request lines at
    its start and end (up to a blank line or a pasted line: a log, CSV or code line), so the
    words inside the pasted material do not count. A long first or last line of prose (a
    document pasted without line breaks) gives its first sentence / last few hundred characters.
    An edge whose paragraph is still going when the window is full (a chapter, a letter, a table
    of prose-like rows) is material when the other edge holds a whole paragraph: that one is the ask."""
    if len(message) <= _INSTRUCTION_CHARS or _width(message) <= 2 * _INSTRUCTION_CHARS:
        return message
    first_end = message.find("\n")
    last_start = message.rfind("\n") + 1
    head_lines, head_cut = _edge(message[: 40 * _INSTRUCTION_CHARS].split("\n")[:40])
    tail_lines, tail_cut = _edge(message[-40 * _INSTRUCTION_CHARS :].split("\n")[::-1][:40])
    # A paragraph still going when the window is full, opposite a whole paragraph of its own at the
    # other edge (ended by a blank or pasted line), is material (a chapter, a pasted letter); the
    # whole paragraph is the ask.
    if head_cut and tail_lines and not tail_cut:
        head_lines = []
    elif tail_cut and head_lines and not head_cut:
        tail_lines = []
    head = "\n".join(head_lines)
    if not head and (first_end < 0 or first_end > _INSTRUCTION_CHARS) and not _data_line(message[:200] or " "):
        sentence_end = message.find(". ", 0, _INSTRUCTION_CHARS)
        head = message[: sentence_end + 1 if sentence_end >= 0 else _INSTRUCTION_CHARS // 4]
    tail = "\n".join(reversed(tail_lines))
    if not tail and len(message) - last_start > _INSTRUCTION_CHARS and not _data_line(message[-200:]):
        tail = message[-_INSTRUCTION_CHARS // 2 :]
    return head + "\n" + tail


class LogisticModel:
    """w·x + b + the request words' weights, through a sigmoid; from JSON (numpy-free at run time).
    The word weights are a bag-of-words over the request region, learned only for words that occur
    in several generators' prompts (bench/train_complexity.py): the hand-written cue lists name the
    asks someone thought of; the vocabulary carries the phrasings the data has and the lists lack."""

    def __init__(self, weights: dict[str, float], bias: float, vocabulary: dict[str, float] | None = None) -> None:
        self.weights, self.bias, self.vocabulary = weights, bias, vocabulary or {}

    @classmethod
    def builtin(cls) -> LogisticModel:
        return _builtin_model()

    def score(self, feats: dict[str, float], words: frozenset[str] = frozenset()) -> float:
        z = self.bias + sum(w * feats.get(name, 0.0) for name, w in self.weights.items())
        z += sum(self.vocabulary.get(word, 0.0) for word in words)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def _builtin_model() -> LogisticModel:
    raw = json.loads(resources.files("gateway.signals").joinpath("data/complexity_model.json").read_text("utf-8"))
    return LogisticModel(dict(raw["weights"]), float(raw["bias"]), dict(raw.get("vocabulary", {})))


class ComplexityScorer:
    """Score + tier under one policy's thresholds."""

    def __init__(self, settings: ComplexitySettings, model: LogisticModel | None = None) -> None:
        self.settings = settings
        self.model = model or LogisticModel.builtin()

    def score(self, texts: list[str]) -> ComplexityResult:
        start = time.perf_counter()
        feats, words = analyse(texts)
        value = round(self.model.score(feats, words), 4)
        return ComplexityResult(score=value, tier=self.tier(value), features=feats,
                                elapsed_ms=round((time.perf_counter() - start) * 1000, 3))

    def tier(self, score: float) -> ComplexityTier:
        if score >= self.settings.high_min:
            return "high"
        return "low" if score < self.settings.low_max else "medium"
