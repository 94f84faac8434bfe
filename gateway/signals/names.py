"""Structure-independent person-name recognizer: "is this run of tokens a person's name?",
decided from the tokens themselves, wherever they stand (a LaTeX \\author{}, YAML front matter,
a library slip, a team sheet, a JSON value, prose in any language), in any case and order.

Evidence per token comes from one shipped table (data/name_lexicon.tsv, scripts/name_model.py):
how highly the token ranks as a given name or family name in the country where it ranks best
(names-dataset: 106 countries, Latin and native scripts), and how frequent it is as a word in
English and in 41 other languages (wordfreq). A token is

- a *name* when it ranks as a name and is not a frequent word ("Aruzhan", "Condori", "כהן"),
- a *weak name* when it ranks as a name but is also a fairly frequent word ("Faye", "Temple"),
- *unknown* when it is neither a ranked name nor an English word (names of traditions the table
  lacks: "Horomona", "Tsogtbaatar"); a family-name ending (-shvili, -yan, -enko...) lifts it,
- a *word* otherwise ("Table", "Will", "Notes"), which ends a run.

A run of adjacent name-like tokens (spaces between them, initials "E. S.", particles "Ó", "ap",
"van der", a nickname in quotes, or "SURNAME, Given") is a PERSON when its evidence adds up
(_ENOUGH: a listed name and an unknown word, two weak names, ...) with at least one listed name;
without one, only a person's shape makes a name: two initials and a surname ("A. K. Oyelaran"), a
nickname between two words ("Keoni 'Moose' Kamakau"), a particle only names carry ("Eluned ap
Gruffydd"), a surname and initials after a comma as references write them ("Kahananui, K.").
Runs keep one case style (Title, UPPER, lower or an uncased script; UPPER then Title for
"GUEYE, Ndeye"), so "Table 6: Piers Beaumont-Hale" yields "Piers Beaumont-Hale". Lower-case runs
need a listed name that is not a frequent word ("maialen arrieta"), since lower-case foreign prose
holds listed names too. A lone listed name counts only as the agent of a passive ("Served by:
Amaru"). Two or three words of a script without case that separates words with spaces (Hebrew,
Arabic, Georgian, Thai, Devanagari, Ethiopic...) standing in prose of another script are a name
unless quoted or asked about as a phrase; so is a 3-character Han or 3-syllable Hangul word led by
a common Chinese or Korean family name ("email 王小明 the draft"). Public figures are allow-listed
downstream (pii.py), like every PERSON finding.

Where the tokens alone cannot tell (a lone word, a name of a tradition the table lacks, lower case),
a cue can (cued_names, reported as CUED_RECOGNIZER's so pii.py does not take a lone word after a
colon for a sentence start): one's own relation in ~20 languages ("mi hermano Rodrigo", "моя подруга
Катя", "arkadaşım Elif", Korean 제 친구 / Chinese 我的同事 / Japanese の...さん), a person's field ("Pt:",
"\\author{", "attendees:", "Served by:", "the patient is"), an @mention, a letter's addressee in another
language ("pentru X Y"), an initial in prose ("pošlu T. Bat-Erdene"), a verb of contacting before a
lower-case given name and surname, and a name spelled out letter by letter.

The table holds ~240k tokens (3.5 MB), read once into one dict: measured +33 MB RSS and 0.3 s
at first use (the engine's warm-up); a whole classify costs +0.5 ms CPU per 2 KB prompt and
+15-20 ms per 100 KB (p50, one regex scan, per-word descriptions cached, tuples only for the
tokens that may belong to a name).
"""

from __future__ import annotations

import bisect
import codecs
import gzip
import re
import unicodedata
import time
from functools import lru_cache
from itertools import islice
from importlib import resources
from typing import Callable, Iterator, NamedTuple

import phonenumbers
import regex
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from gateway.signals import tables
from gateway.signals.scan_scope import per_scan

# Score thresholds on the table's half-Zipf digits (2 x Zipf): a word at Zipf >= 4 in English
# ("table", "will") or >= 5 in another language is a word; from 3 (English) / 4 (other) a
# ranked name is weak.
_WORD_EN, _WORD_OTHER = 8, 10
_WEAK_EN, _WEAK_OTHER = 6, 8
_FUNCTION_WORD = 13  # Zipf 6.5 in some language: "من", "في", "ما", "לי", not even the commonest name ("محمد": 6)
_IN_ENGLISH = 5  # Zipf 2.5: the word turns up in English text ("feng", "masala", "bowen")
# How much each kind of token counts towards a name; a run needs _ENOUGH and a listed name.
_NAME, _WEAK, _UNKNOWN, _SUFFIXED, _INITIAL, _NICK = 1.0, 0.75, 0.5, 0.75, 0.4, 0.5
_ENOUGH = 1.25
# Family-name endings of traditions whose surnames are otherwise unlisted words (Georgian,
# Armenian, Slavic, Kazakh, Romanian, Turkish, Persian, Icelandic, Greek).
_SURNAME_ENDINGS = regex.compile(
    r"(?:shvili|dze|iani|yan|yants|enko|chuk|vych|ovych|ovich|evich|ova|eva|ov|ev|ski|ska|sky|skaya|ić|ic|escu|"
    r"eanu|oglu|oğlu|zadeh|zada|sson|dottir|dóttir|opoulos|poulos|akis|idis|wala|ullah|bayeva|bayev|uly|kyzy|"
    r"შვილი|ძე|ია|ური|ული|յան|յանց|ենկո|ов|ова|ев|ева|енко|ський|ська)$")
# Particles and connectors inside a name: they neither start nor end a run and count for nothing.
_PARTICLES = frozenset("""
de da del della dei van von der den ter ten di le la du dos das do bin ibn bint binti bte al el ap ab ó o ní nic
mac mc ua uí te y abu ben bat ould
""".split())
# Letters of the scripts written without spaces between words, and every other letter: a word
# never runs from one into the other ("Thich Nhat Hanhについて" is a name, then Japanese).
_SPACELESS = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
_CASED = r"[\p{L}--\p{Han}--\p{Hiragana}--\p{Katakana}--\p{Hangul}]"  # set difference: regex's V1 syntax
# A word token, an initial ("E." "Ն."), a nickname in quotes ('Sunny', "Doc", “Pip”).
_TOKEN = regex.compile(
    r"(?V1)"
    r"(?P<nick>(?<=[ \t])['\"‘“«]\p{Lu}[\p{L}\p{M}'’-]{0,20}['\"’”»](?=[ \t]))"
    r"|(?P<init>(?<![\p{L}\p{N}])\p{Lu}\.(?![\p{L}\p{N}]))"
    r"|(?P<word>(?:(?<![\p{N}_]|" + _SPACELESS + r")" + _SPACELESS + r"+|(?<![\p{N}_]|" + _CASED + r")" + _CASED
    + r"(?:" + _CASED + r"|[\p{M}'’-])*(?<!['’-]))(?![\p{N}_@/]|-\p{N}|" + _CASED + r"))")
# Georgian letters have case in Unicode (Mtavruli) but the script is written without it.
_GEORGIAN = regex.compile(r"\p{Georgian}")
# Particles found only inside people's names (Welsh "ap", Arabic "bin", Irish "Ó", "Nic"): between
# two capitalised unknown words they make a name ("Eluned ap Gruffydd"); "de", "van", "la" also
# join places and firms ("Santa Cruz de Tenerife") and do not.
_PERSON_PARTICLES = frozenset("ap ab bin ibn bint binti ould mac nic ní ó uí".split())
_PART_SPLIT = regex.compile(r"[-'’]")
_SENTENCE_START = regex.compile(r"(?:^|[.!?¿¡]\s*|\n\s*)$")
_AGENT = regex.compile(r"\b\p{L}\p{Ll}+ed[ \t]+by:?[ \t]+")
_SPACELESS_SCRIPTS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL"})
_QUOTES = frozenset("'\"‘’“”«»「」『』„‚")
# Words that ask about a phrase, not a person: "what does X mean", "translate X", "how to say X".
_PHRASE_CUE = regex.compile(r"(?i:\b(?:mean(?:s|ing)?|translat\w*|say|pronounc\w*|spell\w*|phrase|words?|greeting|"
                            r"proverb|saying|slogan|motto|idiom|expression|script|letters|characters))\W*$")
# A list goes on after "A, B": a conjunction and a capitalised word.
_LIST_GOES_ON = regex.compile(r"[ \t]+(?:and|und|et|y|e|i|og|och|en|ja|és|и|or|oder|ou|o|of|eller|tai|vagy|или)[ \t]+"
                              r"\p{Lu}")
_GAP = regex.compile(r"[ \t]+|,[ \t]+")  # what may stand between two tokens of one name
# A label that says the value after it is somebody's name (log messages, forms): "display name", "username".
_NAME_LABEL = regex.compile(r"(?i:\b(?:(?:display|user|full|first|last|given|family|nick|screen|real|contact|"
                            r"account|customer|patient|sender|recipient)[ _-]?name|name)[ \t]*[:=]?[ \t]*)$")


def fold_token(word: str) -> str:
    """Lower case, accents dropped, other scripts kept ("Ó Dónaill" -> "o donaill", "כהן"): the
    table's key form. Georgian's Mtavruli capitals fold to Mkhedruli like any lower-casing."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c))).lower()


# Letters that Unicode does not decompose into a base letter and an accent, and the Latin letters a name
# is listed with: "Skłodowska" is listed "Sklodowska", "Gauß" "Gauss", "Ørsted" "Orsted".
_PLAIN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE",
                                "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
                                "ı": "i", "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L"})


def plain_letters(text: str) -> str:
    """`text` with the letters Unicode does not decompose written as the Latin letters lists use (see
    _PLAIN_LETTERS); accents proper are left to the caller's folding."""
    return text if text.isascii() else text.translate(_PLAIN_LETTERS)


@lru_cache(maxsize=1)
def name_lexicon() -> dict[str, int]:
    """token -> code: place word << 16 | first-name bucket << 12 | family-name bucket << 8 |
    2*zipf(en) << 4 | 2*zipf(other languages); see scripts/name_model.py."""
    text = resources.files("gateway.signals").joinpath("data", "name_lexicon.tsv").read_text("utf-8")
    table: dict[str, int] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            token, code = line.split("\t")
            table[token] = int(code, 16)
    return table


class _Token(NamedTuple):
    start: int
    end: int
    kind: str  # "name" | "weak" | "unknown" | "bridge" | "particle" | "initial" | "nick" (words are left out)
    style: str  # "title" | "upper" | "lower" | "uncased" | "" (initials, nicknames, particles)
    weight: float
    listed: bool
    place: bool = False  # a word of a country or subdivision name ("Costa", "Rica")
    person_particle: bool = False  # see _PERSON_PARTICLES
    english: bool = False  # seen in English text (Zipf >= 2.5) and not a given name the `given` list holds


def _style(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    if not any(c.isupper() or c.islower() for c in letters) or _GEORGIAN.search(word):
        return "uncased"
    if all(c.isupper() for c in letters if c.isupper() or c.islower()):
        return "upper" if len(letters) > 1 else "title"
    if letters[0].isupper():
        return "title"
    return "lower" if all(c.islower() for c in letters if c.isupper() or c.islower()) else "mixed"


@per_scan
def _describe(word: str) -> tuple[str, str, str, float, bool, bool, int]:
    """(folded, kind, style, weight, listed, place, 2*zipf(en)) of one word token; cached, since prose repeats
    its words (a 100 KB prompt holds ~15k tokens, ~3k distinct)."""
    folded = fold_token(word)
    kind, weight, listed = _classify(word, folded)
    style = _style(word) if kind != "particle" else ""
    code = name_lexicon().get(folded, 0)
    return folded, kind, style, weight, listed, bool(code >> 16), code >> 4 & 15


# Streets and squares of German, Dutch and Nordic towns, named after people as often as not: a word ending
# in one is a street ("Karl-Marx-Allee", "Friedrichstraße", "Van Goghstraat"), not a person.
_STREET_END = regex.compile(r"(?:stra(?:ß|ss)e|allee|gasse|platz|straat|laan|plein|gracht|gatan|vägen|veien|vej|"
                            r"chaussee|ufer|damm|brücke|bahnhof)$")


_CYRILLIC_LETTER = regex.compile(r"\p{Cyrillic}")
_NOMINATIVE_ENDINGS = ("", "а", "я", "ий", "й", "ь", "о")


# Georgian case endings on a name ending in a vowel (dative / genitive "-ს", ergative "-მ", "-მა", "for" "-სთვის",
# "with" "-სთან"): "ბერიძეს", "ნინომ", "გიორგისთვის".
_GEORGIAN_CASE_ENDINGS = ("სთვის", "სთან", "მა", "ს", "მ")


def _georgian_inflected(folded: str) -> int | None:
    """The table's code for the nominative of a Georgian name in another case, if that is a listed name."""
    for ending in _GEORGIAN_CASE_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            code = name_lexicon().get(folded[:-len(ending)])
            if code is not None and code >> 8 & 0xFF:
                return code
    return None


def _inflected_name(folded: str) -> int | None:
    """The table's code for the nominative of a Cyrillic name in another case ("ивану" -> "иван", "анны" ->
    "анна", "петрову" -> "петров", "достоевского" -> "достоевский"), if that is a listed name."""
    stem = _SLAVIC_CASE_ENDING.sub("", folded)
    if stem == folded or len(stem) < 3:
        return None
    for ending in _NOMINATIVE_ENDINGS:
        code = name_lexicon().get(stem + ending)
        if code is not None and code >> 8 & 0xFF:
            return code
    return None


# Question words, particles, imperatives and (German) determiners that open a sentence in languages the word
# table knows too little of: capitalised there, they ran into the name after them ("Czy Kowalski ...",
# "Почему Иванов ...", "Napisz Anna").
_SENTENCE_OPENERS = frozenset(fold_token(w) for w in """
czy gdzie kiedy dlaczego czemu jakie jakiego która który które którzy proszę napisz opisz wyjaśnij streść podaj
zda kdy nebo proč prosím napiš popiš vysvětli prečo kedy napíš
почему зачем когда где как кто какой какая какие чем разве неужели напиши опиши объясни расскажи
чому коли де хто який яка напиши поясни
warum wieso weshalb wann wo erkläre beschreibe schreibe alle allen jede jeder jedes diese dieser dieses diesen viele
einige manche beide unsere unser
pourquoi quand comment est-ce écris explique décris
quando perché perche come scrivi spiega descrivi
cuándo cuando dónde donde cómo como porqué escribe explica describe
onde porquê escreva explique descreva
varför hur vilken skriv förklara hvorfor hvornår hvordan hvilken skriv forklar
neden niçin niye nasıl hangi yaz açıkla anlat
mikor miért hogyan hol írj magyarázd
miksi milloin missä miten kirjoita selitä
πώς γιατί πότε πού ποιος ποια γράψε εξήγησε
waarom wanneer waar hoe schrijf leg beschrijf
""".split())


_NO_VOWEL = regex.compile(r"[^aeiouy]+")


def is_sentence_opener(word: str) -> bool:
    """A question word or imperative of _SENTENCE_OPENERS ("Czy", "Почему", "Napisz")."""
    return fold_token(word) in _SENTENCE_OPENERS


# Everyday words of scripts without case that the name table ranks as names somewhere and whose frequency stays
# under _FUNCTION_WORD: demonstratives, pronouns and the request words a prompt opens with ("لو سمحت ساعدني في صياغة
# هذا", "इसे ठीक से लिखें", "لطفا این را بنویس"). None of them is a person's name in its own script.
_UNCASED_EVERYDAY = frozenset(fold_token(w) for w in """
هذا هذه ذلك تلك هنا هناك هؤلاء سمحت ساعدني ساعدوني صياغة صياغه اكتب اكتبي ترجم لخص شكرا شكراً فضلك ممكن أرجو
يرجى الرجاء رجاء مرحبا
این آن اینجا لطفا لطفاً کمک بنویس بنویسید ممنون مرسی
یہ وہ اسے اس براہ کرم لکھیں لکھو مدد شکریہ
यह वह ये वो इसे उसे इस उस इसको उसको ठीक कृपया मदद लिखें लिखो लिखिए लिखने करें करने करेंगे सही धन्यवाद में से
पर ने को का की के और है हैं था थी
এটা এটি এই ওই দয়া সাহায্য লিখুন ঠিক ধন্যবাদ
זה זאת זו הזה הזאת בבקשה תודה עזור עזרי תכתוב תכתבי
""".split()) | frozenset(fold_token(w) for w in """
میشه می‌شه میشود می‌شود کمکم کمکمون کنی کنید کن بکن بده بدید بدهید بگو بگید توضیح خلاصه ترجمه درستش اینو اینرو
اینها میتونی می‌تونی میتونید می‌تونید خواهش میکنم می‌کنم بررسی چطور چیه
کریں کرو کردیں دیں بتائیں بتاؤ سمجھائیں مہربانی مجھے ٹھیک چیک ترجمہ خلاصہ
تساعدني مساعدة أريد اريد أحتاج احتاج اشرح وضح صحح راجع لي النص بسرعة
करो कीजिए करिए करना दो दें दीजिए बताओ बताइए बताएं समझाओ समझाइए चाहिए इसमें इसका इसकी यहाँ यहां प्लीज जरा ज़रा
सकते सकती सकता मुझे
मदत करा करशील करशिल करू यात ह्यात यामध्ये याचा याची मला माझी माझा माझे सांग सांगा समजावून लिहा लिही नक्की बघ
बघा पाहिजे हवे हवं
यसमा यसलाई मद्दत सहयोग गर्नुस् गर्नुहोस् गर गर्नुहोला गरिदिनुस् गरिदिनुहोस् दिनुस् दिनुहोस् भन्नुस् लेख्नुस्
लेख्नुहोस् मलाई मेरो हजुर
করুন করো করবে করবেন করে দিন দাও বলুন বলো লেখো এতে এটাতে আমাকে আমার একটু প্লিজ ব্যাখ্যা বুঝিয়ে
உதவி உதவுங்கள் உதவு உதவுவீர்களா செய்யுங்கள் செய் செய்து தயவுசெய்து இதை இது இதில் எனக்கு எழுதுங்கள் எழுது
விளக்குங்கள் சொல்லுங்கள் கொடுங்கள் முடியுமா இதுக்கு கொஞ்சம் பண்ணுங்க பண்ணு பண்ணுங்கள் ப்ளீஸ் சொல்லு
సహాయం చేయండి చేయి దయచేసి ఇది దీన్ని దీనిలో నాకు రాయండి చెప్పండి వివరించండి
ಸಹಾಯ ಮಾಡಿ ದಯವಿಟ್ಟು ಇದು ಇದನ್ನು ನನಗೆ ಬರೆಯಿರಿ ಹೇಳಿ
സഹായിക്കൂ സഹായം ദയവായി ഇത് ഇതിൽ എനിക്ക് ചെയ്യൂ എഴുതൂ പറയൂ
મદદ કરો કૃપા કૃપયા આમાં મને લખો કહો સમજાવો
ਮਦਦ ਕਰੋ ਕਿਰਪਾ ਇਹ ਇਸ ਮੈਨੂੰ ਲਿਖੋ ਦੱਸੋ
תעזור תעזרי תוכל תוכלי אפשר תסביר תסבירי תבדוק תתקן תרגם סכם
እባክህ እባክሽ እባክዎ እርዳኝ እርዱኝ ይህን ጻፍ
დამეხმარე გთხოვ გთხოვთ ამას დამიწერე მითხარი
السلام عليكم وعليكم
בעל בעלי
""".split())  # (round 40, ravine: the greeting "السلام عليكم" and the Hebrew "בעל חיים", an animal: "owner of life")
# Round 18 (bayou): the labels of an order's, a bill's or a booking's fields in scripts without case ("شماره سفارش:
# ۲۴۴۵۵۶۴۶۵", "رقم الطلب: ٧٨٣٥٢٧٠٦٩", "ऑर्डर संख्या: ०२२६७४२९६", "कीमत: ५६७६": order number, price); none is anybody's name.
_UNCASED_RECORD_LABELS = frozenset(fold_token(word) for word in """
شماره سفارش قیمت مبلغ فاکتور تاریخ تعداد جمع کل مشتری کالا محصول وضعیت پیگیری
رقم الطلب طلب السعر سعر المبلغ مبلغ الفاتورة فاتورة التاريخ تاريخ الكمية كمية المجموع الإجمالي العميل المنتج الحالة
آرڈر نمبر قیمت رقم بل تاریخ تعداد کل گاہک
ऑर्डर आर्डर संख्या नंबर क्रमांक कीमत मूल्य राशि बिल चालान तारीख दिनांक मात्रा कुल ग्राहक उत्पाद स्थिति
অর্ডার নম্বর সংখ্যা দাম মূল্য বিল তারিখ পরিমাণ মোট গ্রাহক
מספר הזמנה מחיר סכום חשבונית תאריך כמות לקוח מוצר סטטוס
""".split())
# Round 23 (scree): the labels of a person's record and the words for names themselves in scripts without case ("பிறந்த
# தேதி:" date of birth, "முகவரி:" address, "الأسماء العربية" Arabic names, "जन्म तिथि" date of birth): a form's labels or a
# question about naming, never anybody's name (the singular "name" labels stay cues).
_UNCASED_NAMING_WORDS = frozenset(fold_token(word) for word in """
பிறந்த தேதி முகவரி கைபேசி பெயர்கள் பெயர்களில்
పుట్టిన తేదీ చిరునామా పేర్లు
जन्म तिथि नामों
الأسماء أسماء العربية
""".split())
# Round 17 (tarn, kept apart from the request words above so that each list's reasons stay readable): the words of
# scripts without case that hand over a pasted document or artifact before it ("यह रही फ़ाइल:", "הנה הקובץ:",
# "ফাইলটা নিচে:", "கோப்பு கீழே:", "إليك الملف:": here is the file, the file below, see, attached, the table, the
# data, the log). None of them is a person's name in its own script. Kept as fold_token folds them (the token is
# looked up folded: "கோப்பு" is "கோபபு" then).
_UNCASED_HANDOVER = frozenset(fold_token(word) for word in """
यहाँ यहां रहा रही रहे फ़ाइल फाइल नीचे देखें देखो देखिए संलग्न तालिका डेटा लॉग आउटपुट
ही हा हे फाईल बघा पहा खाली इथे येथे
ফাইল ফাইলটা ফাইলটি নিচে নীচে এখানে দেখুন দেখো সংযুক্ত টেবিল ডেটা
கோப்பு கோப்பை கீழே இதோ இங்கே பாருங்கள் அட்டவணை தரவு
ఫైల్ క్రింద కింద ఇక్కడ చూడండి ఇదిగో
ફાઇલ ફાઈલ નીચે અહીં જુઓ
ਫਾਈਲ ਫ਼ਾਈਲ ਹੇਠਾਂ ਇੱਥੇ ਵੇਖੋ ਦੇਖੋ
ಫೈಲ್ ಕೆಳಗೆ ಇಲ್ಲಿ ನೋಡಿ
ഫയൽ താഴെ ഇവിടെ നോക്കൂ
הנה הקובץ קובץ הקבצים למטה מצורף מצורפת מצורפים ראה הטבלה טבלה
إليك اليك إليكم الملف ملف أدناه ادناه مرفق المرفق انظر الجدول البيانات السجل
فایل پیوست زیر ببین ببینید جدول
فائل نیچے یہاں دیکھیں منسلک
""".split())

# Round 22 (butte): the words of scripts without case that write an amount or cite a book ("۷۲۷ هزار تومان": 727
# thousand toman; "صفحة ٣٩ من كتاب الثلاثية": page 39 of the book "The Trilogy"): numbers' words, currencies, a book, a
# novel, a page, an edition. None of them is a person's name in its own script.
_UNCASED_AMOUNTS_AND_CITATIONS = frozenset(fold_token(word) for word in """
هزار میلیون میلیارد تومان تومن ریال درهم دینار
ألف الف آلاف مليون مليار ريال درهم دينار جنيه ليرة دولار يورو كتاب الكتاب رواية الرواية ديوان صفحة الطبعة طبعة
کتاب رمان صفحه چاپ
ہزار لاکھ کروڑ روپے روپیہ کتاب صفحہ
हज़ार हजार लाख करोड़ रुपये रुपया किताब पुस्तक पृष्ठ संस्करण
אלף אלפים מיליון שקל שקלים ספר הספר עמוד מהדורה
""".split())


def _classify(word: str, folded: str) -> tuple[str, float, bool]:
    """(kind, weight, listed) of one word token."""
    if folded in _PARTICLES:
        return "particle", 0.0, False
    if folded in _UNCASED_EVERYDAY or folded in _UNCASED_HANDOVER or folded in _UNCASED_RECORD_LABELS or (
            folded in _UNCASED_NAMING_WORDS) or (
            folded in _UNCASED_AMOUNTS_AND_CITATIONS):
        return "word", 0.0, False
    if folded in _SENTENCE_OPENERS and not word.isupper():
        return "word", 0.0, False
    if word.isupper() and len(folded) <= 4 and folded.isascii() and _NO_VOWEL.fullmatch(folded):
        return "word", 0.0, False  # "CPF", "RG", "KYC": an acronym, not a name in capitals
    parts = [p for p in _PART_SPLIT.split(folded) if p]
    if len(folded) > 6 and _STREET_END.search(folded) and (len(parts) > 1 or name_lexicon().get(folded) is None):
        return "word", 0.0, False
    code = name_lexicon().get(folded)
    if code is None and len(folded) > 4 and _CYRILLIC_LETTER.match(folded):
        code = _inflected_name(folded)  # "Ивану Петрову" (to Ivan Petrov): the table holds the nominative
    elif code is None and len(folded) > 3 and _GEORGIAN.match(folded):
        code = _georgian_inflected(folded)  # "ნინო ბერიძეს" (to Nino Beridze): the table holds the nominative
    if (code is None or not code >> 8 & 0xFF) and folded in _RELATION_WORDS:
        return "word", 0.0, False  # "Annem", "Schwester", "Kollegin": one's relation is never the name itself
    place = code is not None and code >> 16
    if (code is None or not code >> 8 & 0xFF) and len(parts) > 1:
        # "beaumont-hale", "bat-erdene", "o'sullivan" (a word in the table, but no name): the best-known
        # part decides; a one-letter prefix (O', D', L') is no part
        # a particle glued on ("El-Minyawi", "al-Khouri", "de-Souza") is no part either: the rest is the surname
        codes = [name_lexicon().get(p) for p in parts if len(p) > 1 and p not in _PARTICLES]
        listed_parts = [c for c in codes if c is not None and c >> 8]
        if listed_parts and all(c is None or c >> 8 or (c >> 4 & 15) < _WEAK_EN for c in codes):
            code = max(listed_parts, key=lambda c: -(c >> 4 & 15))
    if code is None:
        if len(folded) < 3 or not word.isalpha() and not regex.fullmatch(r"[\p{L}\p{M}'’-]+", word):
            return "word", 0.0, False
        if word.islower() and folded in _everyday_words():
            return "word", 0.0, False  # round 35: "desde", "hace" typed in lower case: a word of its language
        if _SURNAME_ENDINGS.search(folded):
            return "unknown", _SUFFIXED, False
        return "unknown", _UNKNOWN, False
    first, last, english, other = code >> 12 & 15, code >> 8 & 15, code >> 4 & 15, code & 15
    top = min(first or 9, last or 9)  # 1: among a country's 200 commonest names, 2: 700, 3: 2000
    if top == 9:
        return "word", 0.0, False  # an English word (Zipf >= 2.5) that ranks as no name
    if _style(word) == "uncased":  # Hebrew, Georgian, Arabic...: a name there is frequent in its own
        if other >= _FUNCTION_WORD:  # language's text, so the word frequency only rules out its function
            return "word", 0.0, False  # words ("من", "في", "ما", "לי": Zipf >= 6.5; "محمد" is 6)
        return ("name", _NAME, True) if top < 3 else ("weak", _WEAK, True)
    if english >= _WORD_EN + 3 or other >= _WORD_OTHER + 2 or (
            top > 1 and (english >= _WORD_EN or other >= _WORD_OTHER)):
        # "Will", "Table": frequent words that some country also names; one of the 200 commonest
        # names of a country that is an everyday word elsewhere ("Nur" in "Warsame Nur Hassan")
        # may stand inside a name but does not make one
        return ("bridge", 0.0, False) if top == 1 and english < _WORD_EN + 3 else ("word", 0.0, False)
    if place and top > 1:
        return "word", 0.0, False  # "Tenerife", "Santa Cruz": in place names, and no common name
    if english >= _WEAK_EN or other >= _WEAK_OTHER or top == 3 or place:
        return "weak", _WEAK, True
    return "name", _NAME, True


# A lower-case prefix glued to a capitalised word by a hyphen: Bantu locatives and prepositions ("ku-Nalubega",
# "kwa-Zanele", "e-Durban"), Irish mutations ("an-Bhreatnach"): the capitalised part is the word.
_GLUED_PREFIX = regex.compile(r"\p{Ll}{1,4}-(?=\p{Lu}\p{Ll})")


def _tokens(text: str, never: frozenset[str], given: frozenset[str] = frozenset()) -> list[_Token]:
    """The tokens that may belong to a name, in order; everyday words are left out (they only end
    runs, and the text between two kept tokens shows that one stood there), so a 100 KB prompt
    makes a few hundred tuples, not ~15k."""
    out = []
    describe, append = _describe, out.append
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "word":
            start, end = match.span()
            word = match.group()
            if (glued := _GLUED_PREFIX.match(word)) is not None:
                start, word = start + glued.end(), word[glued.end():]  # "ku-Nalubega": the name after a prefix
            folded, what, style, weight, listed, place, english = describe(word)
            if what == "word" or (folded in never and what != "particle"):
                continue
            append(_Token(start, end, what, style, weight, listed, place, folded in _PERSON_PARTICLES,
                          english >= _IN_ENGLISH and folded not in given))
        elif kind == "nick":
            append(_Token(*match.span(), "nick", "", _NICK, False))
        else:
            append(_Token(*match.span(), "initial", "", _INITIAL, False))
    return out


# A port term of a shipping table (port of loading / discharge / receipt, final / place of delivery, origin,
# destination) before a UN/LOCODE (an ISO 3166 country code and three letters: "SGSIN", "DEHAM").
_PORT_CODES = regex.compile(r"(?:POL|POD|POR|FPD|PLD|PDL|DEL|ORIG|DEST|VIA)[ \t]+(?:" + "|".join(
    sorted(phonenumbers.SUPPORTED_REGIONS)) + r")[A-Z2-9]{3}")


def name_runs(text: str, never: frozenset[str] = frozenset(), given: frozenset[str] = frozenset()
              ) -> list[tuple[int, int]]:
    """(start, end) of every run of tokens in `text` that reads as a person's name. `never`: words
    that are never names; `given`: common given names (the census's), which keep a run whose other
    words all turn up in English text a name ("Karen Bowen", but not "Feng Shui")."""
    tokens = _tokens(text, never, given)
    spans: list[tuple[int, int]] = []
    run: list[_Token] = []
    commas = 0

    def close() -> None:
        nonlocal run, commas
        while run and run[-1].kind in ("particle", "bridge"):
            run.pop()
        while run and (run[0].kind in ("particle", "bridge") or _relation_word(text, run[0])):
            run.pop(0)  # "Meine Kollegin Swantje": the possessive and the relation are no part of the name
        if commas and text[run[-1].start:run[-1].end].endswith(("'s", "’s")):
            # round 35 (flysch): "X Y, Z Rent's CEO": an organisation's possessive after the comma, no "Surname,
            # Given"; the name ends at the comma
            cut = next(i for i in range(1, len(run)) if "," in text[run[i - 1].end:run[i].start])
            if len(run) - cut >= 2:  # (not "Kowalski, Jan's car": one given name after the comma)
                run, commas = run[:cut], 0
        if _uncased_run(run) and _asked_as_phrase(text, run):
            pass  # a phrase quoted or asked about in another script ("what does 'שלום עולם' mean?")
        elif _uncased_run(run) and _field_label(text, run):
            pass  # "نام و نام خانوادگی: ____": a form's label for a name, not one
        elif _uncased_run(run) and _names_a_place_uncased(text, run):
            pass  # "<name> انٹرنیشنل ایئرپورٹ", "<name> स्टेशन", "<name>ის თეატრი": an airport, a station, a theatre
        elif _uncased_run(run) and _names_a_prize_uncased(text, run):
            pass  # "<name> पुरस्कार", "<name> পদক", "פרס <name>", "جائزة <name>": a prize named after somebody
        elif _uncased_run(run) and len(run) >= 2 and run[0].kind == "unknown" and all(
                t.kind != "name" for t in run) and _DEFINITE_FIRST.fullmatch(text, run[0].start, run[0].end):
            pass  # round 42 (wadi): "الإقرار الضريبي السنوي" (the annual tax return): a noun phrase opens with "the"
            # on a word no table gives as a name, and no word of it is a given name; an Arabic family name with "al-"
            # comes second ("غاية العليلي"), and a run may open with a noun before the name ("العمل يوسف العتيبي")
        elif _uncased_run(run) and (_own_script_prose(run) or _in_own_script(text, run) or _sentence_of_its_own(
                text, run) or _request_goes_on(text, run) or _korean_predicate(text, run)):
            if _named_with_a_date(text, run):
                spans.append((run[0].start, run[-1].end))  # round 32 (loess): "กิตติภัทร ศรีมณี, 12/03/1989."
            else:
                spans.extend(_listed_stretches(text, run))  # prose of a script without case: only its listed names
        elif run and run[0].style == "lower" and _long_lower_prose(run):
            spans.extend(_listed_stretches(text, run))  # "kas saad enne saatmist ... vaadata?": a sentence
        elif run and run[0].style == "lower" and _is_name(run) and (_unknown_prose(
                text, run[0].start, run[-1].end) or _vietnamese_lower(text, run) or _article_after_a_word(text, run)
                or _SENTENCE_ARTICLE_BEFORE.search(text, max(0, run[0].start - 16), run[0].start)):
            pass  # lower-case prose of a language the table does not know ("habari ya asubuhi rafiki"), or
            # Vietnamese, whose every syllable is a given name somewhere and which writes names capitalised, or a
            # verb or noun and its article ("llamar el martes", "rappeler la banque": no name has "<word> la")
        elif run and run[0].style in ("lower", "upper") and _abbreviations(text, run):
            pass  # round 41 (klint): "TLB G-ELB: hyd sys 2 qty low", "X Technics MRO ATO syllabus": a log's and a
            # trade's abbreviations, no name
        elif run and run[0].style == "upper" and _PORT_CODES.fullmatch(text, run[0].start, run[-1].end):
            pass  # "POL SGSIN", "POD NLRTM": a port term and a UN/LOCODE in a shipping table, not a name in capitals
        elif commas and all(t.kind != "name" for t in run) and _LIST_GOES_ON.match(text, run[-1].end):
            pass  # "Sonne, Mond und Sterne", "Rose, Tulpe, Nelke": a list of capitalised words, not "Surname, Given"
        elif _is_name(run) or _cited(run, commas) or _foreign_script_name(text, run) or _acts_as_person(text, run):
            # a capitalised unknown word opening a sentence is as likely a verb ("Háblame de José
            # Martí"): when the rest is a name alone, the name starts after it
            while run[0].kind == "unknown" and _SENTENCE_START.search(
                    text, max(0, run[0].start - 3), run[0].start) and _is_name(
                    rest := [t for t in run[1:] if t is not run[1] or t.kind != "particle"]):
                run = rest
            spans.append((run[0].start, _extended(text, run, never)))
        run, commas = [], 0

    for token in tokens:
        if run:
            gap = text[run[-1].end:token.start]
            style = next((t.style for t in reversed(run[-6:]) if t.style), "")  # bounded: runs of thousands
            fits = not token.style or not style or token.style == style or (style, token.style) == ("upper", "title")
            joined = _GAP.fullmatch(gap) is not None and fits
            if joined and "," in gap:
                joined = commas == 0 and len([t for t in run if t.kind != "particle"]) <= 2 and (
                    token.listed or any(t.listed for t in run) or token.kind == "initial") and token.kind in (
                    "name", "weak", "unknown", "initial")
                commas += joined
            if not joined:
                # initials, a nickname or a particle right before a change of case belong to what follows
                # ("pentru E. V. Divya")
                carry = []
                while fits is False and run and not run[-1].style and _GAP.fullmatch(gap) is not None:
                    carry.insert(0, run.pop())
                close()
                run = carry
        run.append(token)
    close()
    return spans + _agents(text, tokens, spans) + _cjk_names(text, tokens) + _honoured_names(text) + _handles(
        text) + _file_names(text, never, given) + _surname_first_births(text)


# Round 27: a full date right after a name, in brackets or after a comma or a dash: the date a record line gives beside a
# person's name (pii.birth_dates_beside_names reads it as the birth date; see there).
BIRTH_BESIDE_NAME = regex.compile(
    r"[ \t]*(?:\([ \t]*(?P<a>%(date)s)[ \t]*\)|(?:,|[ \t][-–—])[ \t]*(?P<b>%(date)s)(?=[ \t]*(?:[,.;:)\n\r]|$)))" % {
        "date": r"(?:(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d\d|"
                r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)\d\d|"
                r"(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])|"
                r"(?:19|20)\d\d[ \t]?[年년][ \t]?(?:0?[1-9]|1[0-2])[ \t]?[月월][ \t]?(?:0?[1-9]|[12]\d|3[01])[ \t]?[日일]?)"
                r"(?![\d./-]?\d)"})
# Round 27: a name in surname-first order with a birth date beside it ("Кравчиченко Карпо, 15.10.1973", "Kowalczyk
# Janina (03.04.1961)"): two capitalised words of one script, the first with a family name's ending (_SURNAME_ENDINGS:
# -енко, -ова, -ski, -escu...), then a full date a living person was born in (the year at least three years back). A
# surname-first name with its birth date is how forms and lists write a person; the table need know neither word.
_SURNAME_FIRST = regex.compile(r"(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}{2,24})[ \t]+(\p{Lu}\p{Ll}{1,24})(?![\p{L}\p{M}])")


OLDEST_LIVING = 110  # years: the oldest living people are ~116, a private person born > 110 years ago is rare
_BIRTH_YEARS_BACK = 3  # a date of this year or the last two beside a name is an event's: a meeting, a signature
_YEAR = regex.compile(r"(?:19|20)\d\d")


def birth_date_beside(text: str, end: int) -> tuple[int, int] | None:
    """[start, end) of the full date right after a name ending at `end` (BIRTH_BESIDE_NAME) when its year is one a
    living person was born in: under OLDEST_LIVING years ago and at least _BIRTH_YEARS_BACK back. One anchored match."""
    match = BIRTH_BESIDE_NAME.match(text, end)
    if match is None:
        return None
    group = "a" if match.group("a") else "b"
    year = int(_YEAR.findall(match.group(group))[-1])
    this_year = time.gmtime().tm_year
    return match.span(group) if this_year - OLDEST_LIVING < year <= this_year - _BIRTH_YEARS_BACK else None


def _surname_first_births(text: str) -> list[tuple[int, int]]:
    """See _SURNAME_FIRST."""
    if not _YEAR.search(text):
        return []
    out = []
    for match in _SURNAME_FIRST.finditer(text):
        family, given = match.group(1), match.group(2)
        if not _SURNAME_ENDINGS.search(family.lower()) or script_of(family[0]) != script_of(given[0]):
            continue
        if birth_date_beside(text, match.end()) is not None:
            out.append(match.span())
    return out


# Two or three capitalised words joined by underscores, as file names and upload paths carry a person's name
# ("CV_Leticia_Nascimento_2026.pdf", "passport_scan_Chevalier_Laurine_1990.jpg").
_UNDERSCORED = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]+(?:_\p{Lu}[\p{Ll}\p{M}]+){1,2}(?![\p{L}\p{M}])")


def _file_names(text: str, never: frozenset[str], given: frozenset[str]) -> list[tuple[int, int]]:
    """Underscored capitalised words (_UNDERSCORED) that read as a name once the underscores are spaces, by the
    same evidence as any run of words ("Order_Item", "Test_Case" do not)."""
    if "_" not in text:
        return []
    out = []
    for match in _UNDERSCORED.finditer(text):
        words = match.group().replace("_", " ")  # as long as the match: offsets carry over
        out += [(match.start() + a, match.start() + b) for a, b in name_runs(words, never, given) if " " in words[a:b]]
    return out


# A request field that holds a participant's name or handle (a message's `name`, the top-level `user`,
# an `author` / `username` key), as the scan sees it: the key, a field break, the value. Values there
# are written as handles ("mirela_abernathy", "j.okafor", "Ngozi-Obi"), which no run of words matches.
_PARTICIPANT_KEYS = r"(?:name|user|username|user_name|author|sender|display_name|nickname)"
_HANDLE_FIELD = regex.compile(r"(?:^|\n)" + _PARTICIPANT_KEYS + r"\n"
                              + "\u00b6" + r"\n([\p{L}][\p{L}\p{M}]*(?:[._-][\p{L}][\p{L}\p{M}]*){1,2})\d{0,4}"
                              r"(?=\n" + "\u00b6" + r"|$)")
_HANDLE_SPLIT = regex.compile(r"[._-]")


# A request field whose key names a person ("customer_name", "recipient", "patient") holding a name of a script
# without spaces ("宇佐美美緒"): 2-5 Han or 2-4 Hangul, led by a family name or ending in a listed given name.
_PERSON_KEY_CJK = regex.compile(r"(?i)(?:^|\n)[\w-]*(?:name|customer|patient|recipient|contact|guest|passenger|"
                                r"member|employee|holder|sender|author|user)[\w-]*\n" + "\u00b6" + r"\n"
                                r"(\p{Han}{2,5}|\p{Hangul}{2,4})(?=\n" + "\u00b6" + r"|$)")
# A file's name in a request's `filename` field, written in lower case with underscores or hyphens
# ("curriculum_mazzoleni_ornella.pdf", "scan-passport-kowalska-jadwiga.jpg"): two adjacent parts that read as a name.
_FILENAME_FIELD = regex.compile(r"(?:^|\n)(?:filename|file_name|name)\n" + "\u00b6" + r"\n([^\n/\\]{3,120})\.\w{2,5}"
                                r"(?=\n" + "\u00b6" + r"|$)")
_FILENAME_PART = regex.compile(r"\p{Ll}{2,}")
# The same file name with the person's name first and a document word or a year after it, in any script
# ("Jocasta_Haverstock_CV_2026.txt", "Пантелеймон_Твердохлебов_letter.txt", "गौरी_केळकर_referral.txt",
# "동방한결_lease.txt"): the leading parts made of letters only.
_FILENAME_PIECE = regex.compile(r"[^_\-\s.]+")  # the parts between underscores, hyphens, spaces and dots
_FILENAME_WORD = regex.compile(r"[\p{L}\p{M}]{2,}")
_DOCUMENT_WORDS = frozenset("""
cv resume résumé lebenslauf letter referral lease contract id passport scan report application payslip offer
reference statement certificate form notes medical records record bewerbung invoice receipt claim file profile
photo portrait signed draft final copy carta brief lettre curriculum contrato zeugnis
""".split())
# A participant field's key ({"user": "...", a message's "name"}) holding a name in a script the name lists do not
# cover as a whole value: 1-4 words of letters without any Latin letter (a bare `name` key: two or more, since
# products and services have names too).
_PARTICIPANT_FIELD = regex.compile(r"(?:^|\n)(?P<key>" + _PARTICIPANT_KEYS + ")"
                                   r"\n\u00b6\n(?P<value>[\p{L}\p{M}'’.-]{1,40}(?:[ \t][\p{L}\p{M}'’.-]{1,40}){0,3})"
                                   r"(?=\n\u00b6|$)")
# A stop sequence that is a speaker's label in a transcript ("\nIzcóatl Mazahua:"): the model must stop before
# that person speaks, so the label is their name. Role labels ("User:", "Assistant:", "Q:") are nobody's.
_STOP_KEY = regex.compile(r"(?:^|\n)stop\n\u00b6\n")
_SPEAKER_LABEL = regex.compile(r"\s*(?P<value>[\p{L}\p{M}'’.-]{1,40}(?:[ \t][\p{L}\p{M}'’.-]{1,40}){0,2})[ \t]*[:：]\s*")
_ROLE_LABELS = frozenset("""
user assistant human ai bot system customer agent client q a question answer input output end observation thought
action speaker narrator interviewer interviewee host guest caller operator support staff moderator model response
prompt context note notes you me them other tool function result final teacher student doctor patient nurse
""".split())


# The second kanji of most Japanese family names (-sawa, -ta, -kawa, -yama, -no, -mura, -moto, -ki, -i, -shima,
# -fuji, -hara, -saki, -ya, -guchi, -mori, -oka, -hashi, -se, -ura, -zaka, -miya, -o, -matsu, -kura): under a key that
# names a person, 3-5 kanji with one of these second are a family name and a given name.
_JAPANESE_FAMILY_ENDS = frozenset("沢澤田川山野村本木井島嶋藤原崎﨑谷口森岡橋瀬浦坂宮尾松倉")


def _request_field_names(text: str) -> list[tuple[int, int]]:
    """See _PERSON_KEY_CJK, _FILENAME_FIELD, _PARTICIPANT_FIELD and _STOP_KEY."""
    out = []
    for match in _PERSON_KEY_CJK.finditer(text):
        value = match.group(1)
        if _family_led(value) or len(value) >= 3 and (_given_name(value[-2:]) or (
                value[1] in _JAPANESE_FAMILY_ENDS and regex.fullmatch(r"\p{Han}+", value))):
            out.append(match.span(1))  # "柳沢X", "北澤X": a family name of a common second kanji the table lacks
    for match in _FILENAME_FIELD.finditer(text):
        parts = [(p, _describe(p.group())) for p in _FILENAME_PART.finditer(text, *match.span(1))]
        for (a, da), (b, db) in zip(parts, parts[1:]):
            if text[a.end():b.start()] in ("_", "-") and "name" in (da[1], db[1]) and all(
                    d[1] in ("name", "weak", "unknown") and d[6] < _WEAK_EN for d in (da, db)):
                out.append((a.start(), b.end()))
                break
        else:
            if (span := _name_led_file(text, *match.span(1))) is not None:
                out.append(span)
    for match in _PARTICIPANT_FIELD.finditer(text):
        words = match.group("value").split()
        if not regex.search(r"\p{Latin}", match.group("value")) and (match.group("key") != "name" or len(words) > 1):
            out.append(match.span("value"))
    for key in _STOP_KEY.finditer(text):
        at = key.end()
        for _ in range(4):  # a stop list holds at most four sequences
            end = text.find(FIELD_SEPARATOR, at)
            end = len(text) if end < 0 else end
            label = _SPEAKER_LABEL.fullmatch(text, at, end) if end - at <= 80 else None
            if label is not None and _a_speakers_name(label.group("value")):
                out.append(label.span("value"))
            if end == len(text):
                break
            at = end + len(FIELD_SEPARATOR)
    return out


def _name_led_file(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The leading name of a file's name (see _DOCUMENT_WORDS): two or three capitalised Latin words rare in English
    ("Jocasta_Haverstock"), two or three words of another script, or one Han/Hangul word led by a family name."""
    pieces = [(m.start(), m.group()) for m in _FILENAME_PIECE.finditer(text, start, end)]
    lead = []
    for offset, piece in pieces:
        if piece.lower() in _DOCUMENT_WORDS or not _FILENAME_WORD.fullmatch(piece) or len(lead) == 3:
            break
        lead.append((offset, piece))
    if not lead or len(lead) == len(pieces) and len(pieces) > 3:
        return None
    span = (lead[0][0], lead[-1][0] + len(lead[-1][1]))
    words = [piece for _, piece in lead]
    if all(regex.fullmatch(r"\p{Lu}[\p{Ll}\p{M}]+", w) for w in words):
        return span if len(words) > 1 and all(_describe(w)[6] < _WEAK_EN for w in words) else None
    if any(regex.search(r"\p{Latin}", w) for w in words):
        return None
    if len(words) > 1:
        return span
    return span if regex.fullmatch(r"\p{Han}{2,4}|\p{Hangul}{3,4}", words[0]) and _family_led(words[0]) else None


def _a_speakers_name(value: str) -> bool:
    """A speaker label's words name a person: no role word, and capitalised Latin words (two, or one listed given
    name) or words of another script."""
    words = value.split()
    if any(w.lower().strip(".") in _ROLE_LABELS for w in words):
        return False
    if not regex.search(r"\p{Latin}", value):
        return True
    if not all(regex.fullmatch(r"\p{Lu}[\p{L}\p{M}'’.-]*", w) for w in words):
        return False
    return len(words) > 1 or _describe(words[0])[1] == "name"


def _handles(text: str) -> list[tuple[int, int]]:
    """A handle in a name field whose parts read as a name: one part a listed name that is no frequent
    word or every part a listed name, and no part an everyday English word ("save_note", "crm-lookup"
    are tools' names); and the names of _request_field_names."""
    if FIELD_BREAK not in text:
        return []
    out = _request_field_names(text)
    for match in _HANDLE_FIELD.finditer(text):
        kinds = [(d[1], d[6]) for p in _HANDLE_SPLIT.split(match.group(1)) if len(p) > 1 for d in [_describe(p)]]
        if kinds and not any(kind == "word" and english >= _WEAK_EN for kind, english in kinds) and (
                any(kind == "name" for kind, _ in kinds) or len(kinds) > 1 and all(
                kind in ("name", "weak") for kind, _ in kinds)):
            out.append(match.span(1))  # an initial ("j.okafor") is no part to judge
    return out


# The commonest Chinese and Korean family names (about 85% of people in each): a 3-character Han
# or 3-syllable Hangul word that starts with one is a full name far more often than a word.
_HAN_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
                          "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
                          "孔向汤張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蔣葉蘇呂盧鍾譚陸賈鄒閆龍陶賀顧龔錢"
                          # traditional forms, and family names common in Taiwan and Hong Kong
                          "赖賴羅蕭韋萬嚴湯莊庄洪詹施顏颜柯翁傅卓阮藍蓝紀纪歐欧鐘倪駱骆饒饶俞")
_HANGUL_SURNAMES = frozenset("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현")
# Round 22: the rarer Korean family names (육, 국, 편, 설, 변, 탁...), each also an everyday syllable, so taken only where
# a relation stands before and a listed given name follows ("이웃 육윤후", "동료 탁서윤").
_HANGUL_RARER_SURNAMES = frozenset("변염석선설마길연위표명기반라왕금옥육인맹제모탁국여어은편용예경봉사부가복태목형계피두감음빈동온호범좌팽승간상갈단견당추도소시묵")
# Round 23: the rarer Chinese family names (鄢, 郦, 褚, 滕, 靳...), many also everyday characters, so taken only where a
# Latin cue of a person's holding or sending stands right before ("It belongs to 鄢振邦", "cardholder 滕晓雯").
_HAN_RARER_SURNAMES = frozenset("鄢郦酈褚卫衛章鲁魯葛奚郎鲍鮑费費廉岑滕殷毕畢邬鄔安常乐樂时時皮卞齐齊康伍元卜平和穆湛祁禹狄米贝貝"
                                "臧计計伏成谈談茅庞龐舒屈项項祝闵閔席季麻强強路娄婁危童梅盛刁樊凌霍虞支昝管经經房裘缪繆干解应應"
                                "宗宣贲賁郁单單杭包诸諸左吉钮鈕嵇邢滑裴荣榮荀羊於惠甄曲封芮羿储儲靳汲邴糜松井富巫乌烏焦巴弓牧隗"
                                "山谷车車宓蓬全郗班仰秋仲伊宫宮宁寧仇栾欒暴甘钭厉厲戎祖符景束幸司韶郜蓟薊薄印宿怀懷蒲邰从從鄂"
                                "索咸籍蔺藺屠蒙池乔喬阴陰胥苍蒼双雙闻聞莘党黨翟贡貢劳勞逄姬申扶堵冉宰雍璩桑桂濮牛寿壽通边邊扈"
                                "燕冀郏浦尚农農温溫别別晏柴瞿阎閻充慕连連茹习習宦艾鱼魚容古易慎戈庾暨居衡步都耿满滿弘匡寇广廣"
                                "禄祿阙闕殳沃利蔚越夔隆师師巩鞏聂聶晁勾敖融冷訾辛阚闞那简簡空毋沙乜养養鞠须須丰巢关關蒯相查荆荊"
                                "红紅游竺权權逯盖蓋益桓公晋晉楚")
_HAN_OWNER_CUE = regex.compile(r"(?i)(?<![\p{L}])(?:belongs?[ \t]+to|belonging[ \t]+to|owned[ \t]+by|(?:submitted|signed|"
                               r"filed|sent|registered|entered|typed)[ \t]+by|(?:card|account|policy)[ \t]?holder|holder|"
                               r"requester|applicant|customer|client|patient|sender|recipient|addressee|"
                               r"(?:ship|send|deliver|mail|post|forward)[ \t]+(?:it[ \t]+)?to|attn\.?)[ \t:]*$")
_CJK_WORD = regex.compile(r"(?<![\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}])(?:\p{Han}{3}|\p{Hangul}{3})"
                          r"(?![\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}])")


# A Japanese or Chinese name written with a space between family and given name ("佐々木 葵",
# "松本 さくら"): a family name the table ranks, a space, then 1-3 Han or 2-5 kana. Japanese and
# Chinese prose puts no space between words, so the space is the name's own; before an honorific
# ("松本 さくらさん", "田中ゆいちゃん") the space may be missing.
_SPACED_CJK_NAME = regex.compile(
    r"(?<![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])(\p{Han}{1,4})[ \t\u3000]"
    r"(\p{Han}{1,3}|[\p{Hiragana}\p{Katakana}]{2,5})(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}])")
_KANA_NAME_HONOURED = regex.compile(
    r"(?<!\p{Han})(\p{Han}{1,4})[ \t\u3000]?([\p{Hiragana}\p{Katakana}]{2,4})"
    r"(?=さん|様|さま|くん|ちゃん)")
_KANA_PARTICLES = frozenset("のがはをにともでへやか")


def _family_name(word: str) -> bool:
    """A Han word the table ranks as a family name (佐々木, 松本, 王)."""
    return bool(name_lexicon().get(word, 0) >> 8 & 15)


def _spaced_cjk_names(text: str) -> list[tuple[int, int]]:
    """"my grandmother 佐々木 葵", "同僚の松本 さくらさんが": see _SPACED_CJK_NAME."""
    out = []
    for pattern in (_SPACED_CJK_NAME, _KANA_NAME_HONOURED):
        for match in pattern.finditer(text):
            if match.group(1) == match.group(2):
                continue  # "电话 电话", "地址 地址": a form's label written twice, nobody is "X X"
            if _family_name(match.group(1)) and match.group(2)[0] not in _KANA_PARTICLES and not _asked_as_phrase(
                    text, [_Token(match.start(), match.end(), "unknown", "uncased", _UNKNOWN, False)]):
                out.append(match.span())
    return out


# Korean sentence endings: polite (-요, -죠, -까) anywhere, plain (-다, -니, -네) before a sentence mark.
_KOREAN_POLITE_ENDS = frozenset("요죠까")
_KOREAN_PLAIN_ENDS = frozenset("다니네")
_SENTENCE_MARKS = frozenset(".?!…\"'")


# A Japanese full name written without a space (family name, then given name): two Han characters the table ranks as
# a family name and one or two more, standing alone in prose of another script ("... will be picked up by 宮下隼人
# on Friday"); a prefecture, a city, a station or a shop named after a family name ends in its kind ("石川県").
_HAN_WORD_3_4 = regex.compile(r"(?<![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}々])(\p{Han}{2})(\p{Han}{1,2})"
                              r"(?![\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}々])")
_PLACE_KIND_END = frozenset("県市府都道町村区郡駅線店寺社館院局署課部室科"  # prefecture, city, ward, station, shop, ...
                            "省县縣镇鎮乡鄉街路")  # (round 23: China's province, county, town, township, street, road)
_NOT_A_GIVEN_NAME_END = _PLACE_KIND_END | frozenset("堂園橋川山湖港島通所家氏様")


def _japanese_full_names(text: str) -> list[tuple[int, int]]:
    """See _HAN_WORD_3_4: the given name a listed one when it has two characters, any character that is no place's,
    building's or office's kind when it has one."""
    out = []
    for match in _HAN_WORD_3_4.finditer(text):
        family, given = match.group(1), match.group(2)
        if not _family_name(family) or not (_given_name(given) if len(given) == 2 else (
                given not in _NOT_A_GIVEN_NAME_END)):
            continue
        start, end = match.span()
        around = letters_around(text, start, end)
        if around and sum(script_of(c) in _SPACELESS_SCRIPTS for c in around) * 2 < len(around) and not (
                _asked_as_phrase(text, [_Token(start, end, "unknown", "uncased", _UNKNOWN, False)])):
            out.append((start, end))
    return out


_SENT_TO = regex.compile(r"(?i)(?<![\p{L}])(?:(?:ship|send|deliver|mail|post|address(?:ed)?|forward)[ \t]+(?:it[ \t]+)?to|"
                         r"attn\.?|recipient:?)[ \t]+$")


def _in_foreign_prose(text: str, start: int, end: int) -> bool:
    """Most letters around [start, end) are of a spaced script (a Han or Hangul word inside English prose)."""
    around = letters_around(text, start, end)
    return bool(around) and sum(script_of(c) in _SPACELESS_SCRIPTS for c in around) * 2 < len(around)


# Round 27: a Han or Hangul word standing alone among the words of a spaced script, where the English around it says
# it is a person: a letter's greeting right before it at a line's start ("Hi 苒, following our meeting", "Dear 心結,"), a
# person's relative pronoun right after it ("a huge thank you to 祁朗, who ran the bake sale"), or the label of a person
# a school's or an office's record names right before it, the word led by a family name ("Candidate: 牛朗 (2010年...)").
# Not the words a greeting addresses a group, a teacher or a relative with ("Hi 大家", "Dear 老师", "Hi 妈妈"), nor a
# greeting itself ("Hello 你好"), nor the given name of a spaced full name before ", who" ("an invented character, 榊沢
# 紗緒, who ...": the spaced name is _spaced_cjk_names' to judge, with its context). Bounded: three anchored patterns, each tried where its cue word is, 64 matches each.
_SPACELESS_WORD = (r"(?P<w>\p{Han}{1,4}|\p{Hangul}{2,4})(?![\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}々])")
_GREETED_SPACELESS = regex.compile(r"(?i)(?<![^\n\u00b6])[ \t]*(?:hi|hello|hey|hiya|dear|good[ \t]+(?:morning|afternoon|"
                                   r"evening))[ \t]+" + _SPACELESS_WORD + r"(?=[ \t]*(?:[,!:—–]|\n|$))")
_SPACELESS_WHO = regex.compile(r"(?<![\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}々][ \t\u3000]?)" + _SPACELESS_WORD.replace(
    "{1,4}", "{2,4}") + r"[ \t]*,?[ \t]+who(?:se|m)?[ \t]")
_RECORD_PERSON_LABEL = regex.compile(r"(?i)(?<![^\n\u00b6])[ \t]*(?:candidate|student|pupil|learner|child|applicant|"
                                     r"participant|attendee|trainee|tutee)(?:[ \t]+name)?[ \t]*[:：][ \t]*"
                                     + _SPACELESS_WORD.replace("{1,4}", "{2,4}") + r"(?=[ \t]*(?:[(（,;|]|\n|$))")
_ADDRESS_TERMS = frozenset("""大家 各位 诸位 諸位 老师 老師 同学 同學 同学们 同學們 朋友 朋友们 朋友們 先生 女士 小姐 亲 亲爱的 親愛的
亲们 宝贝 寶貝 宝宝 你好 您好 你们 你們 妈 妈妈 媽 媽媽 爸 爸爸 哥 哥哥 姐 姐姐 弟 弟弟 妹 妹妹 爷爷 爺爺 奶奶 阿姨 叔叔 伯伯 舅舅 姑姑
领导 領導 经理 經理 老板 老闆 师傅 師傅 家人 团队 團隊 皆 皆様 皆さま 先輩 後輩 社長 部長 課長 여러분 선생님 안녕 안녕하세요 친구 엄마 아빠 언니 오빠
누나 동생 사장님 팀장님 고객님""".split())


_CUED_SPACELESS_MATCHES = 64  # each pattern's matches looked at in one text (a greeting, a label: a text has few)


def _cued_spaceless_words(text: str) -> list[tuple[int, int]]:
    """See _GREETED_SPACELESS, _SPACELESS_WHO and _RECORD_PERSON_LABEL."""
    out = []
    lowered = text.lower()
    for gate, pattern in ((("hi", "hello", "hey", "dear", "good"), _GREETED_SPACELESS), (("who",), _SPACELESS_WHO),
                          ((":", "："), _RECORD_PERSON_LABEL)):
        if not any(g in lowered for g in gate):
            continue
        for match in islice(pattern.finditer(text), _CUED_SPACELESS_MATCHES):
            word = match.group("w")
            start, end = match.span("w")
            if word in _ADDRESS_TERMS or word[-1] in "好们們様님":
                continue
            if pattern is _RECORD_PERSON_LABEL and not (_family_led(word) or word[0] in _HAN_RARER_SURNAMES):
                continue
            if pattern is _SPACELESS_WHO and not _in_foreign_prose(text, start, end):
                continue
            if not _asked_as_phrase(text, [_Token(start, end, "unknown", "uncased", _UNKNOWN, False)]):
                out.append((start, end))
    return out


def _cjk_names(text: str, tokens: list[_Token]) -> list[tuple[int, int]]:
    """"email 王小明 the draft", "ask 김민준 to call": a 3-character Han or 3-syllable Hangul word
    led by a common family name, standing in prose of another script, not quoted or asked about;
    and family + given name written with a space (_SPACED_CJK_NAME)."""
    if text.isascii():
        return []
    out = _spaced_cjk_names(text) + _japanese_full_names(text) + _cued_spaceless_words(text)
    for match in _CJK_WORD.finditer(text):
        word = match.group(0)
        start, end = match.span()
        if word[0] not in (_HAN_SURNAMES if "\uac00" > word[0] else _HANGUL_SURNAMES) and not (
                word[0] in _HANGUL_RARER_SURNAMES and _SENT_TO.search(text, max(0, start - 16), start)) and not (
                word[0] in _HAN_RARER_SURNAMES and _HAN_OWNER_CUE.search(text, max(0, start - 24), start)):
            continue  # (a rarer Korean family name after "ship to", "for": the addressee, round 22; a rarer Chinese
            # one after "belongs to", "cardholder", round 23)
        if word[-1] in _PLACE_KIND_END:
            continue  # "石川県", "福岡市": a prefecture or a city, led by a family name's character
        if "\uac00" <= word[0] and (word[-1] in _KOREAN_POLITE_ENDS or word[-1] in _KOREAN_PLAIN_ENDS and (
                text[end:end + 1] in _SENTENCE_MARKS)):
            continue  # "나오죠?", "가세요", "했다.": a verb closing a Korean sentence, led by a family name's syllable
        token = _Token(start, end, "unknown", "uncased", _UNKNOWN, False)
        if _in_foreign_prose(text, start, end) and not _asked_as_phrase(text, [token]) and not _sentence_of_its_own(text, [token]):
            out.append((start, end))  # (a Korean sentence of its own is Korean prose, English around it or not)
    return out


# Honorifics and name labels of scripts written without capitals: they mark a name inside prose of
# the same script, where neither case nor a change of script does. Before a name: Hindi/Marathi
# "श्री", "श्रीमती", "सुश्री", "डॉ."; Bengali "শ্রী", "শ্রীমতী"; Arabic "السيد", "السيدة", "الأستاذ", "الدكتور";
# Persian "آقای", "خانم"; Hebrew "מר", "גברת"; Georgian "ბატონი", "ქალბატონი". After it: Hindi "जी",
# "साहब", Bengali "জি", "সাহেব". Glued to it: Thai "คุณ" / "นาย" / "นางสาว" before a given name and a
# family name (not "ขอบคุณ", thanks), Korean "님" / "씨" and
# Japanese "さん", "様", "さま", "氏", "くん", "ちゃん", Chinese "先生", "女士", "小姐" after. Labels:
# 氏名 / 姓名 / 名前 / お名前 / 이름 / 성명 (name) then the name.
_HONORIFIC_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:श्री|श्रीमती|सुश्री|डॉ\.?|শ্রী|শ্রীমতী|السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة|آقای|خانم|"
    r"מר|גברת|ბატონი|ქალბატონი)[ \t]+((?:[\p{L}\p{M}]+)(?:[ \t]+[\p{L}\p{M}]+)?)")
_HONORIFIC_AFTER = regex.compile(r"(?<![\p{L}\p{M}])((?:[\p{L}\p{M}]+[ \t]+)?[\p{L}\p{M}]+)[ \t]+(?:जी|साहब|জি|সাহেব)"
                                 r"(?![\p{L}\p{M}])")
_THAI_TITLED = regex.compile(r"(?<!ขอบ)(?:คุณ|นางสาว|นาย)(\p{Thai}{2,}[ \t]+\p{Thai}{2,})")
_CJK_HONOURED = regex.compile(
    r"(?<![\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}])(\p{Hangul}{2,4})(?=님|씨)|"
    r"(?<![\p{Han}\p{Hiragana}\p{Katakana}お御ご])(\p{Han}{2,4}(?:[ \t]\p{Han}{1,3})?)(?=さん|様|さま|氏(?!名)|くん|ちゃん|先生|女士|小姐)")
# (round 24: or the label as a table's key cell and the name the whole next cell: "| 성명 | 팽하늬 |", "氏名 | 山田 花子")
_CJK_NAME_LABEL = regex.compile(r"(?:氏名|姓名|名前|お名前|이름|성명)[ \t]*\|[ \t]*"
                                r"((?:\p{Han}|\p{Hiragana}|\p{Katakana}|\p{Hangul}){1,5}(?:[ \t　](?:\p{Han}|\p{Hiragana}|"
                                r"\p{Katakana}|\p{Hangul}){1,5})?)(?=[ \t]*(?:\||\n|$))|"
                                r"(?:氏名|姓名|名前|お名前|이름|성명)[ \t]*[:：]?[ \t]*"
                                r"((?:\p{Han}|\p{Hiragana}|\p{Katakana}|\p{Hangul}){1,5}(?:[ \t　](?:\p{Han}|\p{Hiragana}|"
                                r"\p{Katakana}|\p{Hangul}){1,5})?)|"
                                # round 25: a transfer's payee or account holder, under its label and colon ("예금주:
                                # 근슬아", "口座名義: 山田花子", "收款人：王芳")
                                r"(?:예금주|수취인|받는[ \t]?분|口座名義人?|名義人|受取人|收款人|户名|戶名)[ \t]*[:：][ \t]*"
                                r"((?:\p{Han}|\p{Hiragana}|\p{Katakana}|\p{Hangul}){1,5}(?:[ \t　](?:\p{Han}|\p{Hiragana}|"
                                r"\p{Katakana}|\p{Hangul}){1,5})?)")


# One's own relation, then a name, in scripts without case (the English "my sister Priya" has a capital
# to go by): Hindi "मेरे पड़ोसी कविता बघेल", Bengali "আমার বন্ধু ...", Arabic "صديقي ...", Persian "دوستم ...",
# Hebrew "אחותי ...". The name is the next one or two words, short of a postposition or conjunction.
_RELATION_THEN_NAME = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?:मेरे|मेरी|मेरा|हमारे|हमारी|हमारा)[ \t]+(?:पड़ोसी|पडोसी|दोस्त|मित्र|भाई|बहन|माँ|मां|पिता|पापा|"
    r"पति|पत्नी|बेटे|बेटा|बेटी|सहकर्मी|सहयोगी|चाचा|चाची|दादी|दादा|नानी|नाना|मामा|मामी|मौसी|बुआ|भतीजे|भतीजी|"
    r"भतीजा|सहेली|बॉस|मरीज़|मरीज|किरायेदार|शिक्षक|छात्र|छात्रा)|(?:আমার|আমাদের)[ \t]+(?:বন্ধু|ভাই|বোন|মা|বাবা|স্বামী|"
    r"স্ত্রী|ছেলে|মেয়ে|প্রতিবেশী|সহকর্মী|দাদা|দিদি|নানি|দাদি|মামা|কাকা)|صديقي|صديقتي|أخي|اخي|أختي|اختي|جاري|جارتي|"
    r"زميلي|زميلتي|زوجي|زوجتي|ابني|ابنتي|أمي|أبي|جدتي|جدي|عمي|عمتي|خالي|خالتي|مديري|مديرتي|دوستم|برادرم|خواهرم|"
    r"همسایه‌ام|همکارم|همسرم|مادرم|پدرم|پسرم|دخترم|مادربزرگم|پدربزرگم|אחי|אחותי|בעלי|אשתי|(?:חבר|חברה|השכן|השכנה|"
    r"אמא|אבא|הבן|הבת|סבתא|סבא|הקולגה|המנהל|המנהלת)[ \t]+שלי|(?:ל|ו|ש|מ|ה)?(?:בעל|בעלת)[ \t]+הדירה)[ \t]+"
    r"((?:\p{Devanagari}|\p{Bengali}|\p{Arabic}|\p{Hebrew})[\p{L}\p{M}\u200c]*"
    r"(?:[ \t]+(?:\p{Devanagari}|\p{Bengali}|\p{Arabic}|\p{Hebrew})[\p{L}\p{M}\u200c]*)?)")
_AFTER_A_NAME = frozenset("के की का को ने से में पर और है हैं था थी लिए भी এর কে ও এবং في من إلى على عن و هو هي را و از به با که את של ו"
                          .split())
# What follows a relation instead of a name: adverbs, articles, adjectives ("मेरे दोस्त बहुत ...", "my
# friend very ..."); Arabic and Hebrew adjectives carry the article (الوفي, הטוב), names do not.
_NOT_A_NAME_AFTER_RELATION = _AFTER_A_NAME | frozenset(
    "बहुत हमेशा कल आज अब एक यह वह जो सबसे बड़े बड़ी छोटे छोटी अच्छे अच्छी नए नई पुराने पुरानी प्यारे प्यारी "
    "খুব সবসময় আজ কাল এক এই সেই সবচেয়ে ভালো خیلی همیشه یک این آن".split())


def _related_names(text: str) -> list[tuple[int, int]]:
    """Names after one's own relation in a script without case (see _RELATION_THEN_NAME)."""
    out = []
    for match in _RELATION_THEN_NAME.finditer(text):
        start, end = match.span(1)
        words = match.group(1).split()
        if len(words) == 2 and words[1] in _AFTER_A_NAME:
            end = start + len(words[0])
        if words[0] not in _NOT_A_NAME_AFTER_RELATION and not words[0].startswith(("ال", "ה")) and (
                _describe(words[0])[1] in ("name", "weak") or not _ARABIC_OR_HEBREW.match(words[0])):
            out.append((start, end))  # Arabic and Hebrew names are in the table, and a verb follows a relation as
            # often ("زوجتي تريد ...", my wife wants); Devanagari and Bengali names are not
    for match in _GLUED_CASE_SUFFIX.finditer(text):
        if not _asked_as_phrase(text, [_Token(*match.span(1), "unknown", "uncased", _UNKNOWN, False)]):
            out.append(match.span(1))
    return out


_ARABIC_OR_HEBREW = regex.compile(r"[\p{Arabic}\p{Hebrew}]")
# Bengali and Hindi write a case ending after a hyphen only on a proper name or a foreign word ("দেবজানী
# চট্টোপাধ্যায়-কে", to Debjani Chattopadhyay): one or two words of the script right before it.
_GLUED_CASE_SUFFIX = regex.compile(
    r"(?<![\p{L}\p{M}])((?:[\p{Bengali}\p{Devanagari}][\p{L}\p{M}]*[ \t]+)?[\p{Bengali}\p{Devanagari}][\p{L}\p{M}]*)"
    r"-(?:কে|র|এর|ের|দের|য়ের|কেই|को|का|की|के|ने|से)(?![\p{L}\p{M}])")


# Korean: one's relation (친구, 동생, 동료, 룸메이트...), optionally after 제/내/우리, then a name led by a
# common family name and a particle or space ("제 친구 박도현에게", "동료 이서준 씨").
_KOREAN_RELATION = regex.compile(
    r"(?<!\p{Hangul})(?:친구|동생|여동생|남동생|언니|오빠|형|누나|엄마|아빠|어머니|아버지|남편|아내|와이프|동료|선배|후배|"
    r"룸메이트|룸메|이웃|상사|팀장|부장|과장|사장님|제자|학생|환자|고객|사촌|이모|고모|삼촌|할머니|할아버지|조카|"
    r"남자친구|여자친구|남친|여친|딸|아들|직장\s?동료)[ \t]+(\p{Hangul}{2,3}?)"
    r"(?=에게|한테|께|이가|이는|이랑|이를|이의|이한테|이에게|씨|님|이|가|은|는|을|를|의|와|과|랑|도|[ \t,.!?]|$)")
_KOREAN_PARTICLES = frozenset("가이는은를을의와과랑도에한께")
_KOREAN_ADDRESSED = regex.compile(r"[ \t]?(?:씨|님|에게|한테|께)")
# Chinese: one's relation, then a name led by a common family name ("我的室友刘思琪", "同事王伟说"); or a
# name after 给/跟/和/向/替/帮/对/请/让/叫 ("to, with, for") with 他/她 (he/she) later in the sentence.
_CHINESE_RELATION_WORDS = (
    r"朋友|好友|同事|室友|同学|邻居|老板|上司|经理|老师|学生|客户|病人|患者|妈妈|母亲|爸爸|父亲|哥哥|姐姐|弟弟|妹妹|"
    r"老公|老婆|丈夫|妻子|太太|儿子|女儿|男朋友|女朋友|男友|女友|表哥|表姐|表弟|表妹|堂哥|堂姐|奶奶|爷爷|外婆|外公|"
    r"阿姨|叔叔|舅舅|姑姑|侄子|侄女|闺蜜|同桌|导师|房东|租客|员工|下属|助理|秘书|朋友們|同學|鄰居|老闆|經理|"
    r"學生|客戶|媽媽|爸爸|兒子|女兒|閨蜜")
_CHINESE_RELATION = regex.compile(rf"(?:{_CHINESE_RELATION_WORDS})(?=(\p{{Han}}{{2,3}}))")
# Round 36 (batch 8's first look: felsenmeer, monadnock): one's own relation written in the name's script, then the
# name, inside Latin prose ("(PS: 娘の 千里 helped with this)", "(ps 제 딸 서재 will pick it up)", "(PS: ابني ريمي
# helped ...)", "我女儿 丽轩", "我女儿子杰"): a private person, whether or not the tables list the name.
_OWN_RELATION_IN_SCRIPT = regex.compile(
    rf"(?:(?:我的?|我们的?|我們的?)(?:{_CHINESE_RELATION_WORDS}|孙女|孙子)|(?:娘|息子|妻|夫|母|父|友達|同僚|姉|妹|兄|弟|孫)の|"
    r"(?:제|내|우리)[ \t]+(?:딸|아들|동생|친구|엄마|아빠|남편|아내|언니|누나|형|오빠|손녀|손자)|"
    r"(?<![\p{L}])(?:ابني|ابنتي|بنتي|زوجي|زوجتي|أختي|اختي|أخي|اخي|صديقي|صديقتي|أمي|امي|أبي|ابي|حفيدي|حفيدتي|"
    r"בתי|בני|אשתי|בעלי|אחותי|אחי|חברי|חברתי|אמי|אבי|הבת[ \t]+שלי|הבן[ \t]+שלי))"
    r"[ \t]*(\p{Han}{1,3}|\p{Hangul}{2,3}|[\p{Arabic}\p{Hebrew}]{2,12})(?=[ \t]+\p{Latin})")
# Adverbs, particles and verbs that open what is said of the relation ("我女儿很好", "我儿子也去"), not a given name.
_HAN_NOT_A_NAME_START = frozenset("很也都不没沒就还還再又才正刚剛已在是有说說要会會能想去来來和跟给給把被的了非太最")
_CHINESE_TO = regex.compile(r"[给跟和向替帮对请让叫給幫對讓](?=(\p{Han}{3}))")
_CHINESE_PRONOUN = regex.compile(r"[她他](?!们|們)")
_CHINESE_AFTER_NAME = frozenset("的说是在和跟给要想让请把被也都又已会能写发打买送问告诉帮，。、！？：；")
# What a name is followed by besides those: words of time and adverbs ("赵梓萱下周离职", "王伟昨天..."); a
# word led by a family-name character runs on into a noun or adjective ("病人高烧不退", "患者高血压").
_CHINESE_AFTER_A_NAME = _CHINESE_AFTER_NAME | frozenset("下上今明昨刚还最总经常突就才正来去到从对向了呢吗吧啊呀")
# Japanese: a name led by a family name, then an honorific, after a particle ("同僚の高橋悠斗さん").
_JAPANESE_HONOURED = regex.compile(r"(?<=[のはがにとをもへや、「『（(])(\p{Han}{2,4})(?=さん|様|さま|くん|ちゃん|氏(?!名)|先生)")
# ... and after one's own relation or colleague and の the honoured word is a name even where the table lacks the
# family name ("部下の宇佐美さん", "上司の五十嵐さん"); a job ("店員さん", "大家さん") has no relation before it.
_JAPANESE_RELATION_HONOURED = regex.compile(
    r"(?:部下|上司|同僚|先輩|後輩|同期|友達|友人|親友|彼氏|彼女|恋人|婚約者|夫|妻|主人|嫁|息子|娘|兄|姉|弟|妹|父|母|祖父|祖母|"
    r"叔父|叔母|伯父|伯母|いとこ|従兄弟|従姉妹|義母|義父|義姉|義兄|隣人|お隣|担任|課長|部長|社長|店長|同居人|ルームメイト|"
    r"取引先|患者|生徒|学生|教え子|クラスメイト|同級生|チーム|うち)の(\p{Han}{2,4})(?=さん|様|さま|くん|君|ちゃん|氏(?!名)|先生)")
# Korean: a name, then a job title or 선배/후배 ("박서준 대리에게", "황보민재 과장이"); 3 syllables led by a common
# family name, or 4 led by a two-syllable one (남궁, 황보, 제갈, 선우, 독고, 사공, 서문).
_KOREAN_TITLED = regex.compile(
    r"(?<!\p{Hangul})(\p{Hangul}{3,4})[ \t]?(?=(?:대리|과장|차장|부장|팀장|실장|사원|주임|이사|상무|전무|본부장|선임|"
    r"책임|수석|매니저|선생님|교수님|선배|후배)(?:님)?(?:이|가|은|는|을|를|의|에게|한테|께|와|과|랑|도|[ \t,.!?]|$))")
_KOREAN_DOUBLE_SURNAMES = frozenset("남궁 황보 제갈 선우 독고 사공 서문".split())


def _given_name(word: str) -> bool:
    """The table ranks `word` as a given name somewhere (Korean 도현, Chinese 思琪)."""
    return bool(name_lexicon().get(word, 0) >> 12 & 15)


def _cjk_related(text: str) -> list[tuple[int, int]]:
    """Names in Korean, Chinese and Japanese prose marked by a relation, a preposition of address and a
    pronoun, or a particle and an honorific (see the patterns above)."""
    out = []
    for match in _KOREAN_RELATION.finditer(text):
        name = match.group(1)  # a listed given name after the family name, or an address particle after it:
        if name[0] in _HANGUL_SURNAMES and (len(name) == 3 and _given_name(name[1:]) or _KOREAN_ADDRESSED.match(
                text, match.end(1))):  # "친구 지금 ..." (now), "언니 진짜로 ..." (really) are no names
            out.append(match.span(1))
        elif name[0] in _HANGUL_RARER_SURNAMES and len(name) == 3 and (_given_name(name[1:]) or _in_foreign_prose(
                text, *match.span(1)) or _KOREAN_ADDRESSED.match(text, match.end(1))):  # "My 이웃 육윤후 helped ...": Korean words inside English are the name's
            out.append(match.span(1))
        elif len(name) == 2 and _given_name(name) and text[match.end(1):match.end(1) + 1] in _KOREAN_PARTICLES:
            out.append(match.span(1))  # a given name alone, as one calls one's own ("제 동생 하은이가", "친구 민준한테")
    for pattern in (_CHINESE_RELATION, _CHINESE_TO):
        for match in pattern.finditer(text):
            name = match.group(1)
            if name[0] not in _HAN_SURNAMES:
                continue
            if len(name) == 3 and name[2] in _CHINESE_AFTER_NAME:
                name = name[:2]
            start = match.end()
            after = text[start + len(name):start + len(name) + 1]
            if not (len(name) == 3 and _given_name(name[1:]) or not after or not regex.match(r"\p{Han}", after)
                    or after in _CHINESE_AFTER_A_NAME):
                continue
            if pattern is _CHINESE_TO and not _CHINESE_PRONOUN.search(text, start + len(name), start + len(name) + 40):
                continue
            out.append((start, start + len(name)))
    for match in _KOREAN_TITLED.finditer(text):
        name = match.group(1)
        if name[:2] in _KOREAN_DOUBLE_SURNAMES if len(name) == 4 else name[0] in _HANGUL_SURNAMES:
            out.append(match.span(1))
    out += [m.span(1) for m in _JAPANESE_RELATION_HONOURED.finditer(text)]
    for match in _JAPANESE_HONOURED.finditer(text):
        name = match.group(1)
        if any(_family_name(name[:n]) for n in (1, 2, 3) if n <= len(name)):
            out.append(match.span(1))  # a family name alone is how colleagues are called ("同僚の山口さん")
    for match in _CJK_PERSON_LABEL.finditer(text):
        if match.group("tenant") and (apart := _SPACED_HAN_NAME.match(text, match.start("value"))):
            out.append(apart.span())  # "入居者: 饗庭 紬希": family and given name apart
        elif _family_led(match.group("value")) or match.group("tenant") and match.group(
                "value") not in _CJK_FIELD_LABELS and _describe(match.group("value"))[1] != "word":
            out.append(match.span("value"))  # (a tenant's slot: not "未定", "空室", to be decided, vacant)
    return out


def _family_led(value: str) -> bool:
    """A Han or Hangul word in a person's slot that starts with a family name: 2-4 Han led by a ranked or common
    family name ("高橋結衣", "王芳"), or 3 Hangul led by a common one ("박서연")."""
    return any(_family_name(value[:n]) for n in (1, 2) if n < len(value)) or value[0] in _HAN_SURNAMES or (
        len(value) == 3 and value[0] in _HANGUL_SURNAMES)


# Labels of a form that a person fills ("予約者：高橋結衣", "担当：佐藤", "收件人：王芳", "예약자: 김지우"): the value
# is a person's name when it starts with a family name the table ranks (a department, "営業部", does not).
_CJK_PERSON_LABEL = regex.compile(
    r"(?:予約者|担当者|担当|申込者|申請者|依頼者|受取人|差出人|送り主|宛名|宛先|患者|利用者|契約者|連絡者|"
    r"联系人|收件人|寄件人|申请人|负责人|患者|客户|用户|예약자|담당자|신청자|수령인|받는\s?사람|보내는\s?사람|환자|고객|"
    # round 28: a tenancy's tenant or occupier, which only a person is: any name there, listed family name or not
    r"(?P<tenant>租客|租户|房客|承租人|入居者|借主|賃借人|세입자|임차인|입주자))"
    r"[ \t]*[:：][ \t]*(?P<value>\p{Han}{2,4}|\p{Hangul}{2,4})(?![\p{Han}\p{Hangul}])")
# Round 28: a Japanese family name and given name written apart ("饗庭 紬希") in a person's field.
_SPACED_HAN_NAME = regex.compile(r"\p{Han}{1,3}[ \t\u3000]\p{Han}{1,3}(?![\p{Han}\p{Hiragana}\p{Katakana}\p{N}])")


# A form's other labels, standing where a name label's value would ("姓名 电话 地址", "이름 전화 주소"): no name.
_CJK_FIELD_LABELS = frozenset("""
电话 電話 手机 手機 地址 邮箱 郵箱 电邮 電郵 邮件 日期 性别 性別 年龄 年齡 职业 職業 电话号码 電話番号 住所 連絡先 生年月日 年齢
性別 メール 전화 주소 이메일 연락처 생년월일 나이 성별 직업
주민등록번호 휴대폰 비고 国籍 备注 備考
""".split())
_PLACEHOLDER_NAME = regex.compile(r"[〇○◯●◎×✕＊*＿_ＸXｘx△□■・]+")  # a template's blank for a name: "〇〇様"


# Stand-in people of examples, templates and test data: words no person's name holds in a surname's place ("Bob
# Example", "Alice Placeholder", "Firstname Lastname", "Erika Mustermann", "Fulano de Tal"), the test accounts
# ("Test User", "Demo Customer", an HL7 "User^Test") and the pseudonyms of the anonymous ("John Doe", "Jane Roe",
# an HL7 "Doe^Jane"). Left out as real surnames: Sample, Muster, Test, Tester, and the national everymen that are
# common real names (Jan Kowalski, Juan Pérez, Mario Rossi, Jean Dupont, Иван Иванов): fail safe.
_STAND_IN_WORDS = frozenset("""
example examples placeholder dummy lastname surname familyname fullname nachname familienname mustermann musterfrau
musterperson beispiel exemple ejemplo esempio exemplo voorbeeld przyklad primer пример образец apellido cognome
nazwisko sobrenome achternaam efternamn etternavn sukunimi prijmeni фамилия fulano fulana beltrano beltrana sicrano
sicrana cicrano cicrana mengano mengana zutano zutana perengano
""".split())  # (round 40, ravine: "cicrano", Brazil's other spelling of sicrano)
# The Iberian everymen, stand-ins wherever they stand ("Fulano de Tal", "Mengano Pérez"): nobody's given name.
_STAND_IN_FIRST = frozenset("fulano fulana beltrano beltrana sicrano sicrana cicrano cicrana mengano mengana zutano zutana "
                            "perengano".split()
                            ) | {"minta"}  # round 23: Hungarian "sample", the family name of its forms' "Minta Péter"
# Round 37 (felsenmeer): the everymen of other languages that no real person is called, wherever they stand and
# alone too: Italian "Tizio, Caio e Sempronio" (Caio is a real given name in Brazil: left out), Hebrew "Ploni Almoni",
# Russian "Vasya Pupkin", Korean "amugae" (so-and-so), Greek "tade deina", Arabic "fulan / allan", Hindi "amuk /
# falana", Finnish "Matti Meikäläinen", Swedish "Medelsvensson", Dutch "Jan Modaal"; and the CPR mannequin "Resusci
# Anne", a product. Thai writes "สมมุติ" (supposed) into the name itself ("นางสาวสมมุติ").
_EVERYMAN_WORDS = frozenset("""
tizio sempronio פלוני פלונית אלמוני אלמונית pupkin пупкин 아무개 τάδε δείνα δείνας فلان فلانة علان الفلاني अमुक
फलाना फलानी ढिमका meikäläinen meikalainen medelsvensson modaal resusci
""".split())
_EVERYMAN_UNSPACED = ("สมมุติ", "สมมติ", "某某")
# Round 23: the word a text puts right before a name it makes up ("the placeholder "X"", "dummy name: X", "a sample
# name like X", German "Platzhalter", "Mustername", French "nom fictif", Spanish "nombre ficticio", Vietnamese "tên
# mẫu"): the name stands in for anybody. "Example" and "sample" alone are not ("for example X", "the sample X sent").
_STAND_IN_CUE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:placeholder(?:[ \t]+name)?|dummy(?:[ \t]+name)?|(?:sample|example|specimen|fictitious|fictional|"
    r"made-up|invented|fake|generic)[ \t]+name|platzhalter(?:name)?|mustername|beispielname|fantasiename|"
    r"nom[ \t]+(?:fictif|d['’]exemple|inventé)|nombre[ \t]+(?:ficticio|inventado|de[ \t]+ejemplo)|"
    r"nome[ \t]+(?:fict[íi]cio|fittizio|inventado|di[ \t]+esempio|de[ \t]+exemplo)|tên[ \t]+mẫu|"
    r"вымышленн\p{L}*[ \t]+имя|mintanév)(?:[ \t]+(?:like|such[ \t]+as|wie|comme|como|come|is|ist|est|es|è|é))?[ \t]*[:：]?[ \t]*"
    r"[\"'“‘«„]?[ \t]*$")
# Round 24 (esker): a bracket right after a name holding only the words that mark a specimen or sample document
# (a form's or a statement's printed specimen: "(SPECIMEN)", "(SPECIMEN / MUSTER)", "(sample)", "(Muster)", "(wzór)",
# "(見本)", "(样本)"), separated by slashes, commas or dashes: the document is a specimen and its name nobody's. A
# bracket saying anything else ("(sample taken 3 May)", "(patient)") is no such mark.
_SPECIMEN_WORD = (r"specimen|sample|example|muster|beispiel|exemple|sp[ée]cimen|ejemplo|esempio|exemplo|amostra|"
                  r"modelo|voorbeeld|exempel|eksempel|esimerkki|malli|wz[óo]r|pr[óo]bka|vzor|образец|пример|δείγμα|"
                  r"υπόδειγμα|örnek|numune|نموذج|דוגמה|नमूना|उदाहरण|mẫu|contoh|ตัวอย่าง|見本|サンプル|样本|样例|示例|範例|"
                  r"견본|샘플|예시|dummy|fictitious|fictional|fiktiv|fictif|ficticio|fittizio|fict[íi]cio|void|annull?ed|"
                  r"ung[üu]ltig|nul|not[ \t]+valid|no[ \t]+v[áa]lido|non[ \t]+valide|test[ \t]+data|testdaten")
SPECIMEN_MARK_AFTER = regex.compile(
    rf"[ \t]*[(\[（](?i:[ \t]*(?:{_SPECIMEN_WORD})[ \t]*(?:[/,;|–—-][ \t]*(?:{_SPECIMEN_WORD})[ \t]*){{0,3}})[)\]）]")
_FORM_NAME_WORDS = frozenset("""
first last given full family middle name names firstname givenname forename vorname prenom nombre nome imie
voornaam fornavn förnamn etunimi jmeno имя your yourname
""".split()) | _STAND_IN_WORDS
_TEST_WORDS = frozenset("test demo dummy sample example testing staging qa".split())
_TEST_ROLES = frozenset("""
user users account customer client patient person member admin administrator contact employee guest buyer seller
tenant applicant student kunde kundin nutzer benutzer nutzerin benutzerin usuario usuaria cliente paciente
utilisateur utilisatrice utente klant gebruiker uzytkownik klient pacjent пользователь клиент пациент
""".split())
_ANONYMOUS_GIVEN = frozenset("john jane johnny janie richard baby".split())
_ANONYMOUS_SURNAMES = frozenset("doe roe".split())
_NAME_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’]*)[ \t^]$")
_NAME_WORD_AFTER = regex.compile(r"[ \t^](\p{Lu}[\p{L}\p{M}'’]*)(?![\p{L}\p{M}])")
_NAME_WORDS = regex.compile(r"[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*")


_LABEL_COLON = regex.compile(r"[ \t]*[:：]")
# Nouns of a document's or a form's title in the languages of the forms people paste (an extract, a return, a
# declaration, an agreement, a certificate, an application, an insurance policy, a statement of details): a run
# holding one is the document's title ("Extrait Kbis", "종합소득세 신고서", "आयकर रिटर्न", "रेंट एग्रीमेंट",
# "özel sağlık sigortası"), not a person's name.
_DOCUMENT_TITLE_NOUNS = frozenset("""
extrait attestation certificat formulaire declaration bulletin releve quittance avenant
auszug bescheinigung erklarung formular antrag bescheid urkunde nachweis mietvertrag arbeitsvertrag
extracto certificado formulario declaracion solicitud
estratto certificato modulo dichiarazione visura
certidao formulario declaracao requerimento extrato
sigortasi sigortası beyannamesi beyannamesı dilekcesi dilekçesi sozlesmesi sözleşmesi belgesi formu
신고서 신청서 증명서 계약서 확인서 명세서 보고서 청구서 신청 양식
रिटर्न विवरण एग्रीमेंट प्रमाणपत्र आवेदन फ़ॉर्म फॉर्म किरायानामा अनुबंध बीमा रसीद विवरणी विलेख
""".split())


def document_title(value: str) -> bool:
    """A word of `value` is a document's or a form's title noun (_DOCUMENT_TITLE_NOUNS)."""
    return any(plain_letters(fold_token(w)).lower() in _DOCUMENT_TITLE_NOUNS or w.lower() in _DOCUMENT_TITLE_NOUNS
               for w in _NAME_WORDS.findall(value))


_EVERYMAN = regex.compile(r"(?<![\p{L}])(?:John|Jane)[ \t]+Q\.?[ \t]+(?:Public|Citizen)(?![\p{L}])")


# Round 19: what an anonymised or redacted document writes where a value was ("[DADO OMITIDO]", "[REDACTED]",
# "[ANONIMIZADO]", "[geschwärzt]", "[비식별 처리]"), in the languages users write in.
_REDACTION_WORD = regex.compile(
    r"(?i:redacted|removed|withheld|omitted|anonymi[sz]ed|masked|censored|deleted|"
    r"omitid[oa]|reservad[oa]|eliminad[oa]|anonimizad[oa]|suprimid[oa]|ocult[oa]|ocultad[oa]|tachad[oa]|removid[oa]|"
    r"anonymis[ée]e?|masqu[ée]e?|supprim[ée]e?|caviard[ée]e?|occult[ée]e?|"
    r"geschw[äa]rzt|entfernt|anonymisiert|pseudonymisiert|gel[öo]scht|"
    r"omissis|oscurat[oa]|anonimizzat[oa]|rimoss[oa]|"
    r"geanonimiseerd|verwijderd|weggelakt|anonymiserad|anonymisert|maskerad|borttagen|"
    r"zanonimizowan[oey]|usuni[ęe]t[oey]|anonimle[şs]tirildi|gizlendi|скрыто|удалено|обезличено|"
    r"비식별|익명|삭제|匿名|非公開|削除|脱敏|已隐去|已删除)(?![\p{L}])")
_BRACKET_OPEN = regex.compile(r"[\[【〔(<«][^\[\]【】〔〕()<>«»\n]{0,40}$")
_BRACKET_CLOSE = regex.compile(r"[^\[\]【】〔〕()<>«»\n]{0,40}[\]】〕)>»]")


def redaction_marker(text: str, start: int, end: int) -> bool:
    """[start, end) lies inside a bracketed marker that says a value was removed ("[DADO OMITIDO]", "[REDACTED]",
    "【匿名】"): an anonymised document's blank, nobody's name."""
    opening = _BRACKET_OPEN.search(text, max(0, start - 41), start)
    closing = _BRACKET_CLOSE.match(text, end, min(len(text), end + 42))
    return opening is not None and closing is not None and _REDACTION_WORD.search(
        text, opening.start(), closing.end()) is not None


# Round 26 (bajada): a test fixture's record — a JSON-like object (or a key=value line) with two keys at least that
# say their values are test data ("test_user", "test_card", "dummy_email", "fake_phone", "mock_iban"). A name given as
# another key's quoted value there ("applicant": "Jan Novák") is the fixture's stand-in too. One such key is not
# enough ("test_result": ..., "patient": "Anna Weber" is a real patient's test).
_FIXTURE_KEY = regex.compile(r"(?i)(?<![\p{L}\p{N}_])[\"']?(?:test|dummy|fake|mock|sample|example)_[a-z_]{2,20}[\"']?"
                             r"[ \t]*[:=]")
_QUOTED_VALUE_BEFORE = regex.compile(r"[\"'][\p{L}\p{N}_ -]{1,30}[\"'][ \t]*:[ \t]*[\"']$")
_FIXTURE_REACH = 400


def test_fixture_value(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is a quoted value in an object ({...} on its line or within _FIXTURE_REACH
    characters) whose keys mark test data twice at least (_FIXTURE_KEY): a test fixture's stand-in, nobody's."""
    if _QUOTED_VALUE_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    lo = max(0, start - _FIXTURE_REACH)
    opening = text.rfind("{", lo, start)
    if opening < 0 or text.find("}", opening, start) >= 0:
        return False
    closing = text.find("}", end, min(len(text), end + _FIXTURE_REACH))
    if closing < 0 or text.find("{", end, closing) >= 0:
        return False
    return len(list(islice(_FIXTURE_KEY.finditer(text, opening, closing), 2))) >= 2


def stand_in_name(text: str, start: int, end: int) -> bool:
    """The name at [start, end), with the capitalised word right before and right after it on its line (a
    recognizer may have kept only "Bob" of "Bob Example"), is a stand-in's (_STAND_IN_WORDS): a stand-in word in a
    surname's place (never the first word alone: "Example Anna Weber ..." opens a sentence; but first in the
    surname-first order a comma marks, round 25: "MUSTERMANN, ERIKA"), a name made of a
    form's labels ("Firstname Lastname", "Vorname Nachname"), a test account ("Test User", "User^Test") or the
    anonymous' pseudonym ("Jane Doe", "Doe^Jane"). Names an example, a template or test data; nobody's."""
    if any(m.start() <= start and end <= m.end() + 2 for m in _EVERYMAN.finditer(
            text, max(0, start - 12), min(len(text), end + 20))):
        return True  # "John Q. Public" (a recognizer may keep only "John" of it): the American everyman
    if _STAND_IN_CUE_BEFORE.search(text, max(0, start - 40), start):
        return True  # "the placeholder "María López de Pérez"", "Tên mẫu "X"": a made-up name (round 23)
    if SPECIMEN_MARK_AFTER.match(text, end, min(len(text), end + 80)):
        return True  # "Ola Nordmann (SPECIMEN / MUSTER)", "Jan Kowalski (wzór)": a specimen's name (round 24)
    if test_fixture_value(text, start, end):
        return True  # '{"test_user": ..., "test_card": ..., "applicant": "Jan Novák"}': a test fixture's (round 26)
    words = [m.group(0) for m in _NAME_WORDS.finditer(text, start, end)]
    if not words or len(words) > 5:
        return False
    if before := _NAME_WORD_BEFORE.search(text, max(0, start - 40), start):
        words.insert(0, before.group(1))
    if after := _NAME_WORD_AFTER.match(text, end, min(len(text), end + 40)):
        words.append(after.group(1))
    folded = [plain_letters(fold_token(w)).lower() for w in words]
    if any(w.lower() in _EVERYMAN_WORDS or f in _EVERYMAN_WORDS for w, f in zip(words, folded)) or any(
            x in text[start:end] for x in _EVERYMAN_UNSPACED):
        return True  # "Caller: 'Sempronio' (trainer)", "'Вася Пупкин' (mannequin 'Resusci Anne')": an everyman
    if len(folded) == 1 and folded[0] in _STAND_IN_FIRST and folded[0] != "minta":
        return True  # round 40 (ravine): "Applicant: Cicrano", the Iberian so-and-so alone, nobody's name either
    if len(folded) == 1 and folded[0] in _FORM_NAME_WORDS and _LABEL_COLON.match(text, end) is not None:
        return True  # "Name, Vorname: ______": the form's label of a name, not one
    if len(folded) < 2:
        return False
    inverted = regex.match(r"[\p{L}\p{M}'’-]+[ \t]*,", text[start:end]) is not None  # "MUSTERMANN, ERIKA"
    if any(w in _STAND_IN_WORDS for w in folded[0 if inverted else 1:]) or folded[0] in _STAND_IN_FIRST or all(
            w in _FORM_NAME_WORDS for w in folded):
        return True
    kinds = set(folded)
    if kinds & _TEST_WORDS and kinds & _TEST_ROLES and kinds <= _TEST_WORDS | _TEST_ROLES:
        return True
    return len(folded) == len(kinds) == 2 and bool(kinds & _ANONYMOUS_GIVEN) and bool(kinds & _ANONYMOUS_SURNAMES)


def _honoured_names(text: str) -> list[tuple[int, int]]:
    """Names marked by an honorific or a name label of a script without case (see above), or by
    one's own relation (_RELATION_THEN_NAME, _cjk_related)."""
    if text.isascii():
        return []
    out = _related_names(text) + _cjk_related(text)
    for pattern in (_HONORIFIC_BEFORE, _HONORIFIC_AFTER, _THAI_TITLED, _CJK_HONOURED, _CJK_NAME_LABEL):
        for match in pattern.finditer(text):
            group = next(g for g in range(1, (match.lastindex or 0) + 1) if match.group(g))
            start, end = match.span(group)
            if _PLACEHOLDER_NAME.fullmatch(text, start, end) or text[end:end + 1] == "." and sum(
                    not unicodedata.category(c).startswith("M") for c in text[start:end]) == 1:
                continue  # "〇〇様", "××さん": a template's blank; "डॉ. ए. पी. जे. ...": an initial, not the name
            parts = text[start:end].split()
            if parts and (parts[0] in _CJK_FIELD_LABELS or len(parts) == 2 and parts[0] == parts[1]):
                continue  # "姓名 电话 电话 地址 地址": a row of a form's labels, the name's field left empty
            if not _asked_as_phrase(text, [_Token(start, end, "unknown", "uncased", _UNKNOWN, False)]):
                out.append((start, end))
    return out


def _agents(text: str, tokens: list[_Token], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A lone listed given name as the agent of a past participle: "Served by: Amaru", "written by
    Ayelet" (the passive's agent is a person far more often than not; "powered by Django" has no
    listed name). Only names that are not also frequent words."""
    if " by" not in text and "\tby" not in text:
        return []
    starts = {t.start: t for t in tokens}
    out = []
    for match in _AGENT.finditer(text):
        token = starts.get(match.end())
        if token is not None and token.kind == "name" and token.style in ("title", "upper") and not any(
                a <= token.start < b for a, b in found):
            out.append((token.start, token.end))
    return out


def _extended(text: str, run: list[_Token], never: frozenset[str]) -> int:
    """Where the name ends once the capitalised words right after it are taken in: "Ruth Bader"
    reads as a name and "Ginsburg" is an English word, but the span must be "Ruth Bader Ginsburg"
    for the public-figure allow-list to recognise it (and for redaction to take all of it)."""
    style = next((t.style for t in reversed(run) if t.style), "")
    end = run[-1].end
    while style in ("title", "upper") and text[end:end + 1] == " ":
        match = _TOKEN.match(text, end + 1)
        if match is None or match.lastgroup != "word":
            break
        folded, what, word_style, *_ = _describe(match.group())
        if what != "word" or word_style != style or folded in never:
            break
        end = match.end()
    return end


def _relation_word(text: str, token: _Token) -> bool:
    return is_relation_word(text[token.start:token.end])


def is_relation_word(word: str) -> bool:
    """A possessive or a relation noun (German capitalises nouns: "Meine Schwester")."""
    word = word.lower()
    return word in _POSSESSIVES or word in _RELATIONS or word in _SUFFIXED_RELATIONS


def _uncased_run(run: list[_Token]) -> bool:
    return any(t.style == "uncased" for t in run)


_MAX_NAME_WORDS = 4  # "محمد بن عبد الله الحربي" has four and a particle


# The endings of a Korean sentence's predicate: requests and questions in the polite and the plain forms ("확인해줘",
# "확인해 주세요", "맞나요", "됩니다", "할까"); a Korean name, one word of 2-4 syllables, does not end so.
_KOREAN_PREDICATE_END = regex.compile(r"(?:줘|줄래|주세요|세요|십시오|니다|니까|[어아여해나까지네데게래예에]요|죠|해봐|봐줘|해라|하자)$")


def _korean_predicate(text: str, run: list[_Token]) -> bool:
    """A run of two or more Hangul words whose last word ends as a sentence's predicate (_KOREAN_PREDICATE_END), none
    before it a full name (three syllables led by a family name): "이거 맞는지 확인해줘" (check whether this is right)
    is a request in Korean, not a name."""
    words = [text[t.start:t.end] for t in run]
    return len(words) >= 2 and all(regex.fullmatch(r"\p{Hangul}+", w) for w in words) and (
        _KOREAN_PREDICATE_END.search(words[-1]) is not None) and not any(
        len(w) == 3 and _family_led(w) for w in words[:-1])  # "박서연 번호 알려줘": a full name in the request


def _own_script_prose(run: list[_Token]) -> bool:
    """More words of a script without case than a name has, in a row: without capitals the table cannot
    cut a name out of its own script's prose, and a run that long is the prose ("ما أفضل طريقة لتعلم ...")."""
    return sum(t.kind in ("name", "weak", "unknown") for t in run) > _MAX_NAME_WORDS


def _in_own_script(text: str, run: list[_Token]) -> bool:
    """The run stands in prose of its own script (most letters around it are of the run's script)."""
    script = script_of(text[run[0].start])
    around = letters_around(text, run[0].start, run[-1].end)
    return bool(around) and sum(script_of(c) == script for c in around) * 2 >= len(around)


def _name_shaped(text: str, names: list[_Token]) -> bool:
    """One of `names` among some country's 200 commonest given or family names (the table's first bucket), or
    a ranked given name before a ranked family name, the order those scripts write a name in."""
    codes = [name_lexicon().get(fold_token(text[t.start:t.end]), 0) for t in names]
    if any((c >> 12 & 15) == 1 or (c >> 8 & 15) == 1 for c in codes):
        return True
    return any(codes[i] >> 12 & 15 and any(c >> 8 & 15 for c in codes[i + 1:]) for i in range(len(codes) - 1))


def _listed_stretches(text: str, run: list[_Token]) -> list[tuple[int, int]]:
    """The names inside prose of a script without case: two to four listed names in a row, shaped like a name
    (_name_shaped: "... إلى يوسف العطار على ...", "... برای نیلوفر صادقی بنویس"); everyday words of those
    languages are ranked names somewhere too ("عشرة أيام", ten days: a family name, then a given one)."""
    out, stretch = [], []
    for token in [*run, None]:
        if token is not None and (token.kind in ("name", "weak") or token.kind == "particle" and stretch):
            stretch.append(token)
            continue
        while stretch and stretch[-1].kind == "particle":
            stretch.pop()
        names = [t for t in stretch if t.kind != "particle"]
        if 2 <= len(names) <= _MAX_NAME_WORDS and any(t.kind == "name" for t in names) and _name_shaped(text, names):
            out.append((stretch[0].start, stretch[-1].end))
        stretch = []
    return out


# What ends a sentence in the scripts without case and in Latin ("?", "؟" Arabic, "۔" Urdu, "।" Devanagari/Bengali,
# "።" Ethiopic, "។" Khmer, "။" Myanmar, "།" Tibetan, "։" Armenian), what may close it after the mark, and what may
# open it (a line, a field, a parenthesis, the sentence before, a diff's or a quote's line mark, a query's "=").
_SENTENCE_MARK = frozenset(".?!؟۔।॥።។။།։")
_SENTENCE_AFTER = frozenset(")）]」』\"'”’»")
_SENTENCE_OPENS = frozenset("\n(（[「『\"'“‘«\u00b6+>=*#|—–")  # \u00b6: FIELD_BREAK, a field's start
_IN_SENTENCE = frozenset(" \t,،\u200c\u200d\u0640")  # spaces, commas, Persian ZWNJ, Arabic tatweel
# What a sentence of those scripts holds besides its words: numbers ("112", "4,350", "៥%"), clause marks (";",
# Arabic "؛", Ethiopic "፤" and "፣"), a percent sign, a dash or a slash.
_IN_PROSE = frozenset(";؛፤፣%٪/-")
_SENTENCE_REACH = 160  # how far from the run its sentence may open or close
_LABEL_REACH = 64  # how long a line's label before its colon may be ("[2026-01-27 08:22:14] guest:", "HOST B:")
_ADDRESS_AT = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+")


def _of_script(char: str, script: str) -> bool:
    return char in _IN_SENTENCE or unicodedata.category(char)[0] == "M" or char.isalpha() and script_of(
        char) == script


def _in_prose(char: str, script: str) -> bool:
    """A character a sentence of `script` holds: its letters and marks, spaces, commas, digits, clause marks."""
    return _of_script(char, script) or char.isdigit() or char in _IN_PROSE


def _label_opens(text: str, at: int) -> bool:
    """`text[at]` is the colon of a line's short label ("LIBRARY:", "[03/03/2026, 08:00] Gym:", "SPEAKER 1:"): the
    value after it opens a sentence. A person's label ("Patient:", "guest:", "To:", "שם:") is the cue recognizer's,
    which finds the name after it whatever the name model says."""
    line = max(text.rfind("\n", max(0, at - _LABEL_REACH), at), text.rfind(FIELD_BREAK, max(0, at - _LABEL_REACH), at))
    return line >= 0 or at < _LABEL_REACH


_ACRONYM_IN_PROSE = regex.compile(r"[A-Z]{2,5}(?= )")


def _sentence_of_its_own(text: str, run: list[_Token]) -> bool:
    """The run and the words of its script around it fill a whole sentence: from a line's or a field's start, an
    opening parenthesis, the sentence before or a line's label ("LIBRARY: ...", "[..] guest: ...") to a sentence mark
    ("?", "؟", ".", "।", "۔", "!", "።", "។") that ends the line, the parenthesis or the sentence: "(מה הצעד הבא?)",
    "یک پاسخ کوتاه بنویس.", "ফাইলের জন্য সারাংশ করো।" glued to English data is a short instruction in its own
    language, prose of that script however much English stands around it (so only its listed, name-shaped stretches
    are names there, as in _in_own_script). The sentence may hold numbers and clause marks ("... 112 डायल करें; ...
    139 ...।") and an e-mail address or a link. A name that stands out sits among the other script's words ("email
    מרים כהן today"), or ends without a sentence mark ("(נועה ברקוביץ)"). Bounded: _SENTENCE_REACH either side."""
    script = script_of(text[run[0].start])
    lo, hi = run[0].start, run[-1].end
    floor = max(0, lo - _SENTENCE_REACH)
    while lo > floor and _in_prose(text[lo - 1], script):
        lo -= 1
    if lo > 0 and not (text[lo - 1] in _SENTENCE_OPENS or text[lo - 1] in _SENTENCE_MARK or (
            text[lo - 1] == ":" and _label_opens(text, lo - 1))):
        return False  # English (or a digit) in the same sentence: a name may stand out there
    ceiling = min(len(text), hi + _SENTENCE_REACH)
    while hi < ceiling:
        if _in_prose(text[hi], script) or text[hi] == "." and hi + 1 < len(text) and text[hi + 1].isalpha() and (
                script_of(text[hi + 1]) == script):
            hi += 1  # "... ዓ.ም. ...", "... डॉ.ए ...": an abbreviation's dot inside the sentence
        elif text[hi - 1] == " " and (acronym := _ACRONYM_IN_PROSE.match(text, hi, ceiling)) is not None:
            hi = acronym.end()  # round 41 (arroyo): "..., CWC को सूचित किया।": an office's Latin acronym inside the
            # sentence, as Indian and Arabic texts write them
        elif (address := _ADDRESS_AT.match(text, hi, ceiling)) is not None and address.start() == hi and (
                hi == 0 or not text[hi - 1].isalnum()):
            hi = address.end()
            while hi > 0 and text[hi - 1] in _SENTENCE_MARK:
                hi -= 1  # the address's last dot is the sentence's
        else:
            break
    if hi < len(text) and text[hi] == ")" and lo > 0 and text[lo - 1] == "(" and len(
            words := regex.findall(r"[\p{L}\p{M}]+", text[lo:hi])) > _MAX_NAME_WORDS and 2 * sum(
            bool(name_lexicon().get(fold_token(w), 0) >> 8 & 255) for w in words) < len(words):
        return True  # round 40 (bluff): "(비자 연장 서류 번역 공증이 필요해요)", "(צריך אפוסטיל על תעודת לידה)": a
        # bracketed clause of more words than a name and its particle have, most of them nobody's name, is a remark in
        # that language, mark or not ("(محمد بن عبد الله الحربي)" is a name: all but its particle are names)
    if hi >= len(text) or text[hi] not in _SENTENCE_MARK:
        return False
    while hi < len(text) and text[hi] in _SENTENCE_MARK:
        hi += 1
    return hi == len(text) or text[hi].isspace() or text[hi] in _SENTENCE_AFTER or text[hi] == FIELD_BREAK


def _long_lower_prose(run: list[_Token]) -> bool:
    """More lower-case words in a row than a name has, most of them no listed name: a sentence of a language the
    table lacks ("kas saad enne saatmist vead üle vaadata", one word of which is a name somewhere), not a name
    typed in lower case ("maria fernanda souza santos"); its listed stretches are still looked at."""
    words = [t for t in run if t.kind in ("name", "weak", "unknown")]
    return len(words) >= _MAX_NAME_WORDS and 2 * sum(t.listed for t in words) < len(words) - (
        len(words) == _MAX_NAME_WORDS)  # four words: at most one of them listed ("unga imepanda kwa asilimia")


_FIELD_BLANK = regex.compile(r"[ \t]*[:：][ \t]*(?:_{2,}|\.{3,}|…|\[[ \t]*\]|<[^<>\n]{0,20}>|"
                             # round 21: a placeholder in brackets ("[DOB]", "[removed]") or a date's format mask
                             # ("DD.MM.YYYY", "YYYY-MM-DD", "TT.MM.JJJJ") after the label's colon
                             r"\[[^\[\]\n]{1,20}\]|(?i:(?:dd|tt|jj|gg)[./-]mm[./-](?:yyyy|yy|jjjj|aaaa)|"
                             r"mm[./-]dd[./-](?:yyyy|yy)|yyyy[./-]mm[./-]dd)(?![\p{L}\p{N}]))")


# The kind of a building named after somebody, in scripts without case (Urdu, Arabic, Persian, Hindi, Marathi,
# Bengali, Georgian): airport, terminal, station, theatre, university, hospital, mosque. Not streets and roads: a
# street named after somebody is a home address's part, which the address recognizer may miss in those scripts
# ("شارع الأمير سلطان، فيلا 15" stays flagged). Georgian ones are stems (its cases are endings: "თეატრის").
_UNCASED_PLACE_KINDS = frozenset("""
ایئرپورٹ ائیرپورٹ ائرپورٹ اڈہ ٹرمینل اسٹیشن سٹیشن یونیورسٹی ہسپتال اسپتال تھیٹر مسجد
مطار المطار محطة المحطة جامعة الجامعة مستشفى المستشفى مسرح المسرح مسجد المسجد
فرودگاه ایستگاه دانشگاه بیمارستان تئاتر
एयरपोर्ट अड्डा अड्डे टर्मिनल स्टेशन विश्वविद्यालय अस्पताल रुग्णालय नाट्यगृह विमानतळ
বিমানবন্দর স্টেশন বিশ্ববিদ্যালয় হাসপাতাল
""".split())
_GEORGIAN_PLACE_STEMS = ("აეროპორტ", "სადგურ", "თეატრ", "უნივერსიტეტ", "საავადმყოფო")


def _names_a_place_uncased(text: str, run: list[_Token]) -> bool:
    """A word of the run, or the word right after it, is a building's kind (_UNCASED_PLACE_KINDS): the run names an
    airport, a station, a theatre named after somebody ("علامہ اقبال انٹرنیشنل ایئرپورٹ")."""
    after = _TOKEN.match(text, run[-1].end + 1) if text[run[-1].end:run[-1].end + 1] in (" ", "\u200c") else None
    words = [text[t.start:t.end] for t in run] + ([after.group()] if after is not None else [])
    return any(w in _UNCASED_PLACE_KINDS or w.startswith(_GEORGIAN_PLACE_STEMS) for w in words)


# --- Round 17: prizes in scripts without case.
# The kind of a prize or a medal, in scripts without case: the namesake stands before it in the Indian scripts
# ("<name> पुरस्कार", "<name> পদক", "<name> விருது") and after it in Hebrew, Arabic and Persian ("פרס <name>",
# "جائزة <name>", "جایزه <name>"); Hebrew and Arabic glue their prepositions and article on ("בפרס", "بجائزة").
# Not "सम्मान" or "इनाम": honour and reward are everyday words beside a private person ("राहुल इनाम जीता").
_UNCASED_PRIZE_KINDS = frozenset(fold_token(w) for w in """
पुरस्कार पुरस्कारों पदक अवॉर्ड अवार्ड पारितोषिक
পুরস্কার পুরষ্কার পদক অ্যাওয়ার্ড
விருது விருதை விருதுக்கு பதக்கம்
పురస్కారం పురస్కార అవార్డు పతకం
ಪ್ರಶಸ್ತಿ ಪುರಸ್ಕಾರ ಪದಕ
പുരസ്കാരം പുരസ്‌കാരം അവാർഡ്
પુરસ્કાર એવોર્ડ ચંદ્રક
ਪੁਰਸਕਾਰ ਐਵਾਰਡ
ایوارڈ تمغہ تمغۂ جایزه جایزهٔ جائزه
جائزة الجائزة بجائزة لجائزة وجائزة جوائز ميدالية وسام
פרס הפרס בפרס לפרס ופרס מפרס שפרס פרסי מדליית אות
ሽልማት
""".split())
_GEORGIAN_PRIZE_STEMS = ("პრემი", "ჯილდო", "მედალ")


def _names_a_prize_uncased(text: str, run: list[_Token]) -> bool:
    """The run is a prize's or a medal's name: a prize kind (_UNCASED_PRIZE_KINDS) is the run's first or last word,
    or the word right before or after it, and the rest is short enough for a namesake (at most three words).
    A prize kind in the middle of a long run of prose clears nothing."""
    after = _TOKEN.match(text, run[-1].end + 1) if text[run[-1].end:run[-1].end + 1] in (" ", "\u200c") else None
    before = None
    if run[0].start >= 2 and text[run[0].start - 1] in (" ", "\u200c"):
        word = regex.search(r"[\p{L}\p{M}\u200c]+$", text[max(0, run[0].start - 40):run[0].start - 1])
        before = word.group() if word else None
    words = [text[t.start:t.end] for t in run if t.kind != "particle"]
    if not words:
        return False

    def prize(word: str | None) -> bool:
        return word is not None and (fold_token(word) in _UNCASED_PRIZE_KINDS or word.startswith(_GEORGIAN_PRIZE_STEMS))

    if prize(words[0]) or prize(words[-1]):
        return len(words) <= 4
    return (prize(after.group() if after is not None else None) or prize(before)) and len(words) <= 3


_REQUEST_REACH = 80
_REQUEST_ENDS = frozenset("\n\u00b6()—–-,;:\"'”’»")


def _request_goes_on(text: str, run: list[_Token]) -> bool:
    """The word right after the run is a request word of the run's own script (_UNCASED_EVERYDAY: "... உதவி
    பண்ணுங்க", "... मदत करा", "... کمک کن"), not a postposition that follows a name (_AFTER_A_NAME: "को", "ने",
    "را"), and the request ends there in its own script (a line's, a field's or a sentence's end, a parenthesis, a
    dash; not English going on: "X உதவி will help" may be X's help): the run is the start of a request in its own
    language glued to English, so, as in prose of that script, only its listed name-shaped stretches are names
    (_listed_stretches). So is a run between two request words of its script ("இதை ... முடியுமா asap"). Only
    the curated request words count, not any everyday word the table knows: a name is often followed by
    "tomorrow" ("कल", "আজ", "מחר").
    Bounded: _REQUEST_REACH characters after the run."""
    if text[run[-1].end:run[-1].end + 1] not in (" ", "\u200c"):
        return False
    after = _TOKEN.match(text, run[-1].end + 1)
    if after is None or after.lastgroup != "word" or after.group() in _AFTER_A_NAME:
        return False
    word = after.group()
    script = script_of(word[0])
    if fold_token(word) not in _UNCASED_EVERYDAY or script != script_of(text[run[-1].start]):
        return False
    if run[0].start >= 2 and text[run[0].start - 1] in (" ", "\u200c") and (before := regex.search(
            r"[\p{L}\p{M}\u200c]+$", text[max(0, run[0].start - 40):run[0].start - 1])) is not None and (
            fold_token(before.group()) in _UNCASED_EVERYDAY and script_of(before.group()[0]) == script):
        return True  # request words on both sides ("இதை ... முடியுமா"): the run is inside the request
    at, stop = after.end(), min(len(text), after.end() + _REQUEST_REACH)
    while at < stop and _of_script(text[at], script):
        at += 1  # the rest of the request in its script
    return at == len(text) or text[at] in _REQUEST_ENDS or text[at] in _SENTENCE_MARK


def _field_label(text: str, run: list[_Token]) -> bool:
    """A run that is a form's label: a blank after its colon ("نام و نام خانوادگی: ______", "שם מלא: [ ]"), or
    ending a label the cue recognizer reads as a name's field (_NAME_LABELS_UNCASED: the value after it is looked at
    there)."""
    if _FIELD_BLANK.match(text, run[-1].end):
        return True
    colon = regex.match(r"[ \t]*[:：]", text[run[-1].end:run[-1].end + 4])
    return colon is not None and _UNCASED_NAME_LABEL.search(
        text, max(0, run[0].start - 40), run[-1].end + colon.end()) is not None


# Letters only Vietnamese writes (horn, hook above, dot below, a tone on a circumflex or breve vowel).
_VIETNAMESE_MARK = regex.compile(r"[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_KNOWN_SHARE = 0.4  # the share of the words around a lower-case run that must be everyday words the table knows


def _unknown_prose(text: str, start: int, end: int) -> bool:
    """A lower-case run stands out as a name only in prose whose other words the table knows as everyday words
    ("text maialen arrieta about friday"); where most words around it are unknown to the table or name-like
    themselves, the run is prose of a language the table lacks (Swahili "kuandika barua fupi", Vietnamese
    "giới thiệu ngắn gọn", whose syllables are all given names somewhere). Bounded: one line, 80 characters
    either side."""
    lo = max(0, start - 80)
    lo = max(lo, text.rfind("\n", lo, start) + 1, text.rfind(FIELD_BREAK, lo, start) + 1)
    hi = min(len(text), end + 80)
    for stop in ("\n", FIELD_BREAK):
        at = text.find(stop, end, hi)
        hi = hi if at < 0 else at
    known = other = 0
    for segment in (text[lo:start], text[end:hi]):
        for match in _TOKEN.finditer(segment):
            if match.lastgroup != "word":
                continue
            kind = _describe(match.group())[1]
            if kind in ("word", "bridge", "particle"):
                known += 1
            else:
                other += 1
    return known + other > 0 and known < _KNOWN_SHARE * (known + other)


_VIETNAMESE_LETTERS = regex.compile(r"[a-zàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]+")


def _vietnamese_lower(text: str, run: list[_Token]) -> bool:
    """A lower-case run of Vietnamese syllables: one of them with a mark only Vietnamese writes (_VIETNAMESE_MARK),
    every one of them in its alphabet ("chuẩn nhé", "giúp mình nhé"). Vietnamese writes names capitalised."""
    words = [t for t in run if t.kind != "particle"]
    return any(_VIETNAMESE_MARK.search(text, t.start, t.end) for t in words) and all(
        _VIETNAMESE_LETTERS.fullmatch(text, t.start, t.end) for t in words)


# Articles that follow a verb or a noun in a lower-case clause ("devolver la llamada", "llamar el martes",
# "appeler le service", "chiamare il medico"); in a name they follow a particle ("maria de la cruz") or a given
# name ("ahmed el sayed", listed).
_ARTICLES = frozenset("la el le il lo los las les gli".split())


# Round 39 (inlier): a sentence's capitalised article right before a lower-case run ("De schipper meldt zich bij de
# havendienst", "Der kapitän meldet"): the article's noun and its verb, as a sentence opens; a name written in lower
# case takes no article before it.
_SENTENCE_ARTICLE_BEFORE = regex.compile(r"(?:^|(?<=[\n.!?:;]\s{0,3}))(?:De|Het|Een|Der|Die|Das|Den|Det|Le|La|Les|"
                                         r"El|Los|Las|Il|Lo|Gli|Os|As)[ \t]+$")


def _abbreviations(text: str, run: list[_Token]) -> bool:
    """A run in lower case with a Latin word of at most three letters the name table does not know ("hyd sys"), or
    in capitals with every word of at most three letters and one unknown ("MRO ATO"): abbreviations. (The labelled
    splits' 4,452 private names hold no such run; lower-case Cyrillic and Greek names are not read by the rule.)"""
    words = [t for t in run if t.kind in ("name", "weak", "unknown")]
    short_unknown = [t for t in words if t.kind == "unknown" and t.end - t.start <= 3 and text[t.start:t.end].isascii()]
    if not short_unknown:
        return False
    if run[0].style == "lower":
        return True
    return len(words) > 1 and all(t.end - t.start <= 3 for t in words)


def _article_after_a_word(text: str, run: list[_Token]) -> bool:
    """An article of _ARTICLES right after a word the name table does not list, inside a lower-case run."""
    return any(b.kind == "particle" and text[b.start:b.end] in _ARTICLES and a.kind == "unknown" and not a.listed
               for a, b in zip(run, run[1:]))


_DEFINITE_FIRST = regex.compile(r"(?:ال|ה)\p{L}{3,}")  # Arabic "al-", Hebrew "ha-" on a word of 3+ letters more


def _foreign_script_name(text: str, run: list[_Token]) -> bool:
    """2-3 words of one script without case (Hebrew, Arabic, Georgian, Thai, Devanagari, Tamil,
    Ethiopic...) standing in text written in another script, not quoted and not asked about as a
    phrase: in a Latin-script prompt that is a name far more often than not, listed or not (names
    of those scripts are what no romanized list holds). Han, kana and Hangul are left out: their
    words are not separated by spaces, so a "run" there is a phrase."""
    words = [t for t in run if t.kind != "initial"]
    if not 2 <= len(words) <= 3 or any(t.style != "uncased" or t.kind not in ("name", "weak", "unknown")
                                        for t in words):
        return False
    if not any(t.listed for t in words) and _DEFINITE_FIRST.match(text, words[0].start, words[0].end):
        return False  # round 25 (kame): no word of it a ranked name in any country and the first word opening with the
        # definite article ("הכסף שהלווית", the money you lent; "الفلوس لماما", the money for mum): a noun phrase; a
        # name does not open with "the" (an Arabic family name with "al-" comes second: "غاية العليلي")
    if not any(t.listed for t in words) and _everyday_phrase(text, words):
        return False  # round 32 (maar, horst, tor): "רטיבות בתקרה", "طلع الحقول بصيغة": words of the language
    if any(fold_token(text[t.start:t.end]) in _HINDI_FUNCTION_WORDS for t in words):
        return False  # round 36 (scarp): "फाइल के लिए छोटा सा सारांश बना दो": a postposition or a light verb
    if any(_HINDI_VERB_OR_LOANWORD.search(text, t.start, t.end) for t in words):
        return False  # round 42 (mire): "मछली पकड़ने का लाइसेंस" (fishing licence), "कैंपसाइट बुकिंग" (campsite booking)
    return _stands_out(text, run, words) and not _asked_as_phrase(text, run)


# Round 36 (scarp, sinter): Hindi's (and Marathi's, Nepali's) postpositions, pronouns, particles and the light verbs
# an instruction ends with, which no name holds: a Devanagari run with one of them is a phrase ("के लिए छोटा", "सारांश
# बना"). common_words.txt.gz leaves Hindi out (its wordfreq list holds the names news prints), so a closed class here.
_HINDI_FUNCTION_WORDS = frozenset(fold_token(w) for w in """
के का की को में से पर तक ने लिए और या है हैं था थी थे हो दो दें दे दीजिए करो करें कर करना करके बना बनाओ बनाएं बनाना
सा सी से यह वह ये वो इस उस इसे उसे इसका उसका एक भी नहीं ही तो जो कि क्या कैसे मुझे हमें आप तुम मैं हम मेरा मेरी
हमारा हमारी आपका आपकी ज़रा जरा लिखो लिखें बताओ बताएं भेजो भेजें चाहिए वाला वाली वाले बार
किया किए की गया गई गए हुआ हुई हुए दिया दी लिया ली कराया कराई रहा रही रहे
मिला मिली मिले खोया खोई खोए आया आई आए रोग बीमारी सिंड्रोम विकार
मेडिकल स्टोर दुकान क्लिनिक अस्पताल दवाखाना फार्मेसी केंद्र""".split())  # round 37: found, lost, came; disease; a shop


# Round 42 (mire): a Devanagari word that is a verb's oblique infinitive ("पकड़ने", "करने", "देने": "-ने" after three
# letters or more) or an English "-ing" word written in Devanagari ("बुकिंग", "पार्किंग", "मीटिंग"): no name's word.
_HINDI_VERB_OR_LOANWORD = regex.compile(r"\p{Devanagari}{3,}(?:ने|िंग)$")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Everyday words of Hebrew, Arabic and Persian (data/common_words.txt.gz, scripts/common_words.py)."""
    data = resources.files("gateway.signals").joinpath("data", "common_words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


@lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    """The commonest words of wordfreq's cased-script languages other than English that the name table does not
    hold (data/everyday_words.txt.gz, scripts/common_words.py): the table knows English words and names only, so
    without this a lower-case "desde" or "hace" read as an unlisted name."""
    data = resources.files("gateway.signals").joinpath("data", "everyday_words.txt.gz").read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def _everyday_phrase(text: str, words: list[_Token]) -> bool:
    """Every word, or two of three, is an everyday word of its language (_common_words): an unlisted name's
    surname seldom is one ("پگاه تهرانچی": dawn, and a family name)."""
    common = _common_words()
    return sum(fold_token(text[t.start:t.end]) in common for t in words) >= max(2, len(words) - 1)


# Round 32 (loess): a customer signs off in their own script with their name and a date of birth right after it
# ("... กิตติภัทร ศรีมณี, 12/03/1989. ขอบคุณค่ะ"): two or three words of name length, then a full date with a
# four-digit year: the way a form's or a letter's identification is written, whether or not the tables list the name.
# (a birth's year, a decade back at least: "the meeting on 12/03/2026" dates an event, no person)
_FULL_DATE_RIGHT_AFTER = regex.compile(r"[ \t]*[,，、:]?[ \t]*(?:\d{1,2}[./-]\d{1,2}[./-](?:19\d\d|200\d|201[0-5])|"
                                       r"(?:19\d\d|200\d|201[0-5])[./-]\d{1,2}[./-]\d{1,2})(?!\d)")


def _named_with_a_date(text: str, run: list[_Token]) -> bool:
    words = [t for t in run if t.kind != "initial"]
    return 2 <= len(words) <= 3 and all(2 <= t.end - t.start <= _LONGEST_THAI_NAME_WORD for t in words) and (
        _FULL_DATE_RIGHT_AFTER.match(text, run[-1].end) is not None)


_LONGEST_THAI_NAME_WORD = 16  # characters; the royal "ณ อยุธยา" aside, surnames the registry admits run 5-14


def _stands_out(text: str, run: list[_Token], words: list[_Token]) -> bool:
    """The words are of one script without case and with spaces, in prose mostly of another script."""
    scripts = {script_of(text[t.start]) for t in words}
    if len(scripts) != 1 or scripts & _SPACELESS_SCRIPTS:
        return False
    script = next(iter(scripts))
    if script == script_of("ก") and any(t.end - t.start > _LONGEST_THAI_NAME_WORD for t in words):
        return False  # round 32 (pediment): Thai writes a clause's words together, a space between clauses only
        # ("นิ้วถูกหนีบที่เครื่องปั๊ม ปฐมพยาบาลแล้ว"): a "word" longer than any given name or surname is a clause
    around = letters_around(text, run[0].start, run[-1].end)
    return bool(around) and sum(script_of(c) == script for c in around) * 2 < len(around)  # not its own prose


def _asked_as_phrase(text: str, run: list[_Token]) -> bool:
    """Quoted, or after "what does ... mean", "translate", "say": words asked about, not a person.
    A quoted value after a name label ("display name '김서연'", "user name: "...") is a name field."""
    before = text[max(0, run[0].start - 40):run[0].start].rstrip()
    after = text[run[-1].end:run[-1].end + 2].lstrip()
    if before[-1:] in _QUOTES and (before[:-1].rstrip()[-1:] in (":", "=", ",", "[", "{") or _NAME_LABEL.search(
            before[:-1])):
        return bool(_PHRASE_CUE.search(before[:-1]))  # a JSON / YAML value or a named field, not a quoted phrase
    return before[-1:] in _QUOTES or after[:1] in _QUOTES or bool(_PHRASE_CUE.search(before))


# The PII scan joins a request's strings (keys, values, messages) into one text with a line holding
# this mark between them (pii.py); a string's own prose ends there.
FIELD_BREAK = "\u00b6"
# How pii.py joins a request's strings (a key and its value are two: recognizers' cues may cross one break).
FIELD_SEPARATOR = f"\n{FIELD_BREAK}\n"


def lower_keeping_offsets(text: str) -> str:
    """`text` in lower case, character for character, so offsets into one are offsets into the other. Python
    lower-cases the Turkish dotted capital "İ" to two characters; read as "i" instead, one "İzmir" anywhere in a
    request no longer turns off every lower-case cue scan (a key's "date_of_birth" went unseen next to it)."""
    lowered = text.replace("\u0130", "I").lower()
    return lowered if len(lowered) == len(text) else text


def letters_around(text: str, start: int, end: int, radius: int = 60, marks: bool = False) -> list[str]:
    """The letters within `radius` of [start, end) in the same scanned string: the JSON keys and the
    other fields of a request are not the prose a run stands in ("content" is no Latin context for
    an Arabic question). `marks`: the vowel signs of Indic and other abugidas count as their letters (a
    Telugu or Hindi word is half vowel signs, which are no `isalpha` letters)."""
    before = text[max(0, start - radius):start]
    before = before[before.rfind(FIELD_BREAK) + 1:]
    after = text[end:end + radius]
    after = after.split(FIELD_BREAK, 1)[0]
    if marks:
        return [c for c in before + after if c.isalpha() or unicodedata.category(c)[0] == "M"]
    return [c for c in before + after if c.isalpha()]


def script_of(char: str) -> str:
    """The Unicode script family of a letter, coarse ("HEBREW", "GEORGIAN", "LATIN", "CJK")."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


# What only a person does or is referred back to by, right after an unlisted name: a verb of saying,
# thinking, feeling or of a life event ("X says", "X emailed", "X resigned"; not "keeps", "restarted",
# "sent", which things do too), or a personal pronoun later in the sentence ("Ask X whether she can").
_HUMAN_AFTER = regex.compile(
    r"[ \t]+(?:says|said|asks|asked|tells|told|writes|wrote|wants|wanted|thinks|thought|feels|felt|believes|"
    r"emailed|texted|messaged|mentioned|complained|agreed|promised|replied|apologi[sz]ed|insisted|claims|"
    r"claimed|resigned|cried|laughed|married|died|passed\s+away|is\s+(?:retiring|pregnant|off\s+sick|on\s+leave)|"
    r"has\s+(?:asked|agreed|resigned|complained))\b")
_PRONOUN_SOON = regex.compile(r"(?i:^[^.!?\n]{0,60}\b(?:she|he|her|him|his|hers|herself|himself)\b)")


def _acts_as_person(text: str, run: list[_Token]) -> bool:
    """One to three capitalised words (or one word of a script without case standing out in other prose) that
    are names or that no table holds (neither names nor words: "Nalubega Ssebunya"), followed by what only a person does or a personal pronoun (see _HUMAN_AFTER); a
    lone word not at a sentence start. (A verb whose object is a person, "remind X", "thank X", is
    no cue: products take it too, "thank Duolingo", "cc Jira".)"""
    words = [t for t in run if t.kind != "particle"]
    if not words:
        return False
    start, end = run[0].start, run[-1].end
    if len(words) == 1 and words[0].style == "uncased" and words[0].kind in ("unknown", "name", "weak"):
        # one word of a script without case in prose of another script ("my pupil सुनंदा said she'd ...",
        # "Oma منوچهر said she'd ..."): two or three are a name already (_foreign_script_name), one does what
        # people do
        return _stands_out(text, run, words) and not _asked_as_phrase(text, run) and bool(
            _HUMAN_AFTER.match(text, end) or _PRONOUN_SOON.match(text[end:end + 80]))
    if not 1 <= len(words) <= 3 or any(t.kind not in ("unknown", "name", "weak") or t.style != "title" for t in words):
        return False
    if len(words) == 1 and _SENTENCE_START.search(text, max(0, start - 3), start):
        return False
    return bool(_HUMAN_AFTER.match(text, end) or _PRONOUN_SOON.match(text[end:end + 80]))


def _cited(run: list[_Token], commas: int) -> bool:
    """"Kahananui, K." / "Hakobyan, N. A.": a capitalised surname, a comma and initials, the way
    references and registers write a person whatever the surname."""
    return bool(commas) and len(run) >= 2 and run[0].kind in ("name", "weak", "unknown") and run[0].style in (
        "title", "upper") and all(t.kind == "initial" for t in run[1:])


def _is_name(run: list[_Token]) -> bool:
    names = [t for t in run if t.kind in ("name", "weak", "unknown")]
    initials = sum(t.kind == "initial" for t in run)
    if not names or len(names) + initials < 2 or all(t.place for t in names):
        return False  # "Costa Rica": every word is a place's
    style = next((t.style for t in run if t.style), "")
    if style == "mixed":
        return False
    if all(t.english for t in names) and not initials:
        return False  # "Feng Shui", "Tikka Masala", "Tae Kwon": every word is also used in English text (initials
        # are a person's shape: "E. V. Divya")
    if not any(t.listed for t in run):
        if style not in ("title", "upper"):
            return False
        # no word is a listed name, but the shape is a person's: two initials and a surname
        # ("A. K. Oyelaran"), a nickname in quotes between two names ("Keoni 'Moose' Kamakau"), a
        # particle only names carry ("Eluned ap Gruffydd")
        inner = [t.kind for t in run]
        return (initials >= 2 and inner[-1] != "initial") or (
            "nick" in inner[1:-1] and inner[0] != "nick" and inner[-1] != "nick") or (
            len(names) >= 2 and any(t.kind == "particle" and t.person_particle for t in run))
    if style == "lower":  # typed in lower case: two listed names, one of them not a frequent word
        # ("maialen arrieta"); lower-case foreign prose holds listed names too ("lung râu", "junior dev")
        # or a listed name and a family-name ending ("aigerim bekova")
        return any(t.kind == "name" for t in run) and sum(t.weight for t in run) >= 1.5
    return sum(t.weight for t in run) >= _ENOUGH


# Cyrillic as names are romanised in lists (BGN/PCGN-like; "Фёдор" -> "fyodor", "Чехов" -> "chekhov"), and the
# case endings a Slavic name takes in a sentence ("о творчестве Фёдора Достоевского", of Fyodor Dostoevsky).
_CYRILLIC_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c",
    "џ": "dz", "ў": "u"})
_SLAVIC_CASE_ENDING = regex.compile(r"(?:ого|его|ому|ему|ой|ей|ым|им|ом|ем|ую|юю|ою|а|я|у|ю|е|ы|и|ой)$")
_SLAVIC_LATIN = regex.compile(r"[ąćęłńśźżčřšžěůďťňľĺŕĄĆĘŁŃŚŹŻČŘŠŽĚŮĎŤŇĽĹŔ]")
_LATIN_SLAVIC_ENDING = regex.compile(r"(?:owi|iem|em|ego|emu|ą|ę|ovi|ém|ího|ímu)$")
_SKELETON_DROP = regex.compile(r"[aeiouyjhw'’`-]+")
_SKELETON_SAME = (("tch", "ch"), ("ks", "x"), ("ck", "k"), ("ph", "f"), ("kh", "k"), ("zh", "z"))


def figure_skeleton(value: str, slavic: bool | None = None) -> str:
    """The consonants of a name in Latin or Cyrillic letters, Slavic case endings dropped: one key for the
    spellings and case forms of one name ("Фёдора Достоевского", "Fyodor Dostoevsky" -> "fdr dstvsk";
    "Tchaikovsky" and "Чайковский" -> "ckvsk"), so a listed figure is recognised in another script."""
    words = []
    slavic = _SLAVIC_LATIN.search(value) is not None if slavic is None else slavic
    for word in value.lower().split():
        if regex.search(r"\p{Cyrillic}", word):
            if len(word) > 4:
                word = _SLAVIC_CASE_ENDING.sub("", word)
            word = word.translate(_CYRILLIC_LATIN)
        elif slavic and len(word) > 5:
            word = _LATIN_SLAVIC_ENDING.sub("", word)  # "Kopernikiem", "Kopernikowi": the consonants of "Kopernik"
        word = fold_token(plain_letters(word))
        for a, b in _SKELETON_SAME:
            word = word.replace(a, b)
        word = regex.sub(r"(.)\1+", r"\1", _SKELETON_DROP.sub("", word))
        words.append(word)
    return " ".join(words)


@lru_cache(maxsize=4)
def figure_skeletons(names: frozenset[str]) -> frozenset[str]:
    """figure_skeleton of every name in `names` (a public-figure list) whose key is long enough to be its own:
    four consonants at least ("tlst" of Tolstoy), so that short names do not collide."""
    return frozenset(key for name in names if len((key := figure_skeleton(name)).replace(" ", "")) >= 4)


# German (and Luxembourgish) capitalise every noun, so capitals say nothing there; their commonest function words
# tell such prose ("Welcher Wein passt zu Pasta?", "Lebenslauf Vorlage für Berufseinsteiger").
_GERMAN_FUNCTION_WORDS = frozenset("""der die das den dem des ein eine einen einem einer und oder ist sind nicht mit für
zu zum zur bitte wie was welche welcher welches auf im am vom bei nach von aus über ich du wir ihr sie es mein meine
dein deine kann soll muss gibt habe hast hat kurz auch noch schon sehr kein keine keinen keinem keiner ohne
gegen""".split())


_HOUSE_NUMBER_AFTER = regex.compile(r"[ \t]+\d{1,4}[a-zA-Z]?(?![\p{N}])")
_GERMAN_PERSON_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:an|für|von|mit|bei|Herrn?|Frau|Dr\.?)[ \t]+$")


_ABBREVIATED = regex.compile(r"(?<![\p{L}\p{M}])(?:Dr|Prof|Hr|Fr|St|Nr|ca|bzw|vgl|usw|evtl|ggf)$")
_GERMAN_AN = regex.compile(r"(?<![\p{L}\p{M}])an[ \t]+$")  # German "to" ("eine Mail an ..."), English "an" too


def _german_sentence(text: str, start: int, end: int) -> bool:
    """The sentence around [start, end) holds two or more German function words."""
    lo = max(0, start - 120)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, start)
              if not _ABBREVIATED.search(text, max(0, m.start() - 5), m.start())]  # "Ist Dr. Oetker ...": one sentence
    lo = breaks[-1] if breaks else lo
    stop = _SENTENCE_BREAK.search(text, end, min(len(text), end + 120))
    hi = stop.start() if stop else min(len(text), end + 120)
    return sum(m.group().lower() in _GERMAN_FUNCTION_WORDS for m in _SCAN_WORD.finditer(text, lo, hi)) >= 2


def nouns_read_as_names(text: str, start: int, end: int) -> bool:
    """The NER model's span [start, end) is capitalised nouns of German prose: none of its words is a name the
    table ranks (nor an English word), and its sentence holds two or more German function words. Names of
    traditions the table lacks stay possible only where capitals mean something, or after a cue."""
    words = [m.group() for m in _TOKEN.finditer(text, start, end) if m.lastgroup == "word"]
    if not words or any(_describe(w)[1] != "unknown" for w in words) or _GERMAN_PERSON_BEFORE.search(
            text, max(0, start - 12), start) or _HOUSE_NUMBER_AFTER.match(text, end):
        return False  # "eine Mail an Nalubega Nsubuga": whom one writes to, meets, works for is a person; a
        # street and its number ("Schönhauser Allee 52") is an address, personal data all the same
    return _german_sentence(text, start, end)


def word_reading(word: str) -> tuple[str, str, bool, bool, int]:
    """The name table's reading of one word: (kind, style, listed, a place's word, 2*zipf(en)); see _describe."""
    _, kind, style, _, listed, place, zipf2 = _describe(word)
    return kind, style, listed, place, zipf2


def is_possessive(word: str) -> bool:
    """`word` is a possessive in one of the languages the relation rules read ("my", "our", "mi", "unsere")."""
    return word.lower() in _POSSESSIVES


def english_zipf2(word: str) -> int:
    """Twice the word's Zipf frequency in English text, as the table keeps it (0-15)."""
    return _describe(word)[6]


def is_name_word(word: str) -> bool:
    """The table ranks `word` as a given or family name and it is no everyday word ("Leonardo", not "Perché")."""
    return _describe(word)[1] in ("name", "weak")


# Round 23: a name field's value written in sentence case: capitalised words none of which is anybody's name in its
# own right (ordinary words, or names that are also words: "Spring", "Rose", "Bowl"), then one to three lower-case
# ordinary words that are nobody's name at all, the first no function word, ending the line or the clause ("Name:
# Spring fete", "name: Rose Bowl stadium tour"). A person's name is capitalised in every part; a surname typed in
# lower case is still a name word ("Name: Grace hopper"), and "Name: Rose from accounting" starts with a function word.
_NAME_SLOT_BEFORE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:(?:full[ \t]+|first[ \t]+)?name|nombre|nom|naam|nome|"
                                  r"imi[ęe]|имя|navn|namn|nimi|név|isim|ad[ıi])[ \t]*[:：=][ \t]*[\"']?$")
_SENTENCE_CASE_VALUE = regex.compile(r"(?P<caps>\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,2})"
                                     r"(?P<low>(?:[ \t]+\p{Ll}[\p{L}\p{M}'’-]*){1,3})[ \t]*(?=$|[\n,;.()\"'\]}])",
                                     regex.MULTILINE)
_FUNCTION_WORDS = frozenset(
    "a an the and or of from at in on to for with by is was are were has had will can at as but not who which that "
    "y o de del la el los las en con por para es e et ou du des le les à au und oder der die das von vom zu im am "
    "ist en het van een op met of e di da il lo gli i in con per è".split())


_ROLE_NOUNS = frozenset("treasurer caretaker owner guest member secretary chair chairman chairwoman president teacher "
                        "student staff volunteer coach driver nurse doctor captain organiser organizer host speaker "
                        "contact applicant employee resident visitor parent guardian".split())


def sentence_case_thing(text: str, start: int, end: int) -> bool:
    """The name finding at [start, end) opens a name field's value that is a thing's name in sentence case (see
    _SENTENCE_CASE_VALUE)."""
    if not _NAME_SLOT_BEFORE.search(text, max(0, start - 24), start):
        return False
    value = _SENTENCE_CASE_VALUE.match(text, start)
    if value is None or value.end("caps") < min(end, value.end("caps")) or end > value.end():
        return False
    lower = value.group("low").split()
    if lower[0].lower() in _FUNCTION_WORDS or any(is_relation_word(w) or w.lower() in _ROLE_NOUNS for w in lower):
        return False  # "Name: Jane Carter tenant": the person and their role
    return all(_describe(w)[1] in ("word", "weak") for w in value.group("caps").split()) and all(
        _describe(w)[1] == "word" for w in lower)


_LATIN_WORD = regex.compile(r"[A-Za-z]+")


def everyday_english(value: str) -> bool:
    """Round 33 (sabkha, caprock): every word of `value` is an English word the table ranks as no name at all (wordfreq
    zipf 3 or more) and no name list holds ("Minutes Lost", "Training"; not "Hope", "Summers", "Marta"): what a cue
    word ("Customer", "Cześć,") put in a name's slot is a heading's or a metric's words."""
    from gateway.signals.recognizers import name_lists  # (recognizers imports this module)

    words = _LATIN_WORD.findall(value)
    if not words or len(words) != len(value.split()):
        return False
    first, last = name_lists()
    return all(kind == "word" and zipf2 >= 6 and w.lower() not in first and w.lower() not in last
               for w, (_, kind, *_, zipf2) in ((w, _describe(w)) for w in words))


def everyday_english_word(word: str) -> bool:
    """`word` is one of English's everyday words (wordfreq's zipf 5 or more: "Data", "Service", "Will") and the table
    does not rank it as a name alone (a weak name at most: "Data", not "Anna")."""
    _, kind, _, _, _, _, zipf2 = _describe(word)
    return kind != "name" and zipf2 >= 10


# Round 28: a business's own noun closing its name where the table knows no such word, so it ranks as nobody's name:
# a trade's place by its German or Dutch suffix ("Bäckerei", "Drukkerij"; not English "-ery": "Mallery"), an English, Dutch or German compound
# ending in a business's noun ("Homecare", "Ironworks", "Vastgoedbeheer", "Fietsverhuur", "Hausverwaltung",
# "Gebäudereinigung": care, works, management, rental, company, cleaning, building, services). A name the table ranks
# is never one, nor a word too short to be a compound. (Not any compound of two words: rare surnames are made so,
# "Goodbody", "Longbottom", "Backhouse".)
_TRADE_PLACE_SUFFIX = regex.compile(r"(?:erei|erij)$")
_BUSINESS_TAIL = regex.compile(r"(?:care|works|mart|shop|beheer|verhuur|bedrijf|bedrijven|diensten|dienst|zorg|makelaardij|bouw|techniek|"
                               r"schoonmaak|opvang|verwaltung|vermietung|pflege|vertrieb|reinigung|dienstleistungen|"
                               r"handwerk|bau|technik)$")


def business_noun(word: str) -> bool:
    """`word` (a Title-case word) is a business's noun the name table does not hold (see _TRADE_PLACE_SUFFIX)."""
    if len(word) < 6 or not word[0].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    folded = fold_token(word)
    if name_lexicon().get(folded) is not None:
        return False
    if _TRADE_PLACE_SUFFIX.search(folded) or (
            (tail := _BUSINESS_TAIL.search(folded)) and tail.start() >= 3):
        return True
    return False


# Round 28: a name joined by "&" to a plural common noun that ranks as nobody's name ("X Cattery & Kennels", "Smith &
# Sons", "Hale & Partners"): a business's name, whose second half is a trade or its people; one's own people after it
# ("X & Friends", "X & Family") leave it a person's.
_AMPERSAND_NOUN_AFTER = regex.compile(r"[ \t]*&[ \t]+(\p{Lu}\p{Ll}{2,}s)(?![\p{L}\p{M}])")


def joined_business_noun(text: str, end: int) -> bool:
    """Right after `end`: "& <Nouns>", a plural everyday word the name table ranks as no name, no relation."""
    after = _AMPERSAND_NOUN_AFTER.match(text, end)
    return after is not None and _describe(after.group(1))[1] == "word" and not is_relation_word(
        after.group(1)) and not is_relation_word(after.group(1)[:-1])


# Round 28: dogs' breeds named after a person take their type's noun after the name ("Jack Russell terrier", "King
# Charles spaniel", "Gordon setter"), and a pet's name follows its breed or its species ("terrier Nala", "the
# dobermann"; "Ziggy the dobermann"): no person either way. The types of dog the kennel clubs group breeds by and the
# commonest breeds' own nouns, in English; a lone word only for the pet, so "dog walker Anna Berg" stays a person.
_BREED_NOUN = (r"(?:terriers?|spaniels?|retrievers?|setters?|pointers?|hounds?|collies?|sheepdogs?|poodles?|"
               r"schnauzers?|pinschers?|dobermanns?|dobermans?|labradors?|beagles?|dachshunds?|bulldogs?|whippets?|"
               r"greyhounds?|mastiffs?|rottweilers?|chihuahuas?)")
_BREED_NOUN_AFTER = regex.compile(rf"[ \t]+{_BREED_NOUN}(?![\p{{L}}\p{{M}}])")
_PET_NOUN_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_BREED_NOUN}|dog|cat|puppy|kitten|pony)[ \t]+$")
_THE_BREED_AFTER = regex.compile(rf"[ \t]+the[ \t]+{_BREED_NOUN}(?![\p{{L}}\p{{M}}'’-])(?![ \t]+(?:breeders?|owners?|"
                                 rf"groomers?|walkers?|trainers?|handlers?|judges?|fanciers?|sitters?|rescuers?|"
                                 rf"keepers?|lovers?|people|person|man|woman|lady|guy|rescue)(?![\p{{L}}\p{{M}}]))")


def breed_or_pet(text: str, start: int, end: int) -> bool:
    """[start, end) names a breed ("Jack Russell terrier") or is a pet's lone name after its breed or species, or
    before "the <breed>" (see _BREED_NOUN). Never beside a private life (private_life_near): "Brenda the terrier's
    owner, she has been sectioned" is about a person."""
    if private_life_near(text, start, end):
        return False
    if _BREED_NOUN_AFTER.match(text, end):
        return True
    return " " not in text[start:end].strip() and (_PET_NOUN_BEFORE.search(text, max(0, start - 20), start) is not None
                                                   or _THE_BREED_AFTER.match(text, end) is not None)


# Round 28: a title made of the text's own common nouns ("Walker Sitter form" in a request about "a dog walker and pet
# sitter", "Harbour Pilot log" beside "the harbour pilot"): each word of the span stands lower case, as a word, in the
# text around it, and one ranks as nobody's name. "Rose Baker" beside "the baker" and "a rose" stays a person: both
# words rank as names.
_COMMON_NOUN_REACH = 400
_LETTER_RUN = regex.compile(r"[\p{L}\p{M}]+")
_LETTER_OR_MARK = regex.compile(r"[\p{L}\p{M}]")
_SURNAME_ALONE_AFTER = regex.compile(r"(?:['’]s\b|[ \t]*[,;\t|]|[ \t]+(?:Inc|Ltd|GmbH|AG|SA|Corp|Co|Group|Company|Motors?)\b|$)",
                                     regex.MULTILINE)


def words_used_as_nouns(text: str, start: int, end: int) -> bool:
    """Every word of the span (two or three Title-case words) is written lower case as a word within
    _COMMON_NOUN_REACH characters, and one of them ranks as no name."""
    words = text[start:end].split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words):
        return False
    if not any(_describe(w)[1] == "word" for w in words):
        return False
    lo, hi = max(0, start - _COMMON_NOUN_REACH), min(len(text), end + _COMMON_NOUN_REACH)
    around = {m.group() for part in ((lo, start), (end, hi)) for m in _LETTER_RUN.finditer(text, *part)}
    return all(w.lower() in around for w in words)  # compared as strings: no pattern made of the text is cached


def nobodys_word(word: str) -> bool:
    """Round 28: `word` (lower case, three letters at least) is a word of the language ("payroll", "panel",
    "ethics", "licensing") that the table ranks as nobody's given name anywhere and as no country's 200 commonest
    family names ("study", ranked far down somewhere, is a word; "rose", "mark", "hunter", "white" stay names), seen
    in English or other text (Zipf 2.5 / 3 at least): what a role's mailbox is written from."""
    if len(word) < 3 or not word.isalpha():
        return False
    code = name_lexicon().get(fold_token(word))
    if code is None or code >> 12 & 15 or code >> 8 & 15 == 1 or _describe(word)[1] != "word":
        return False
    return code >> 4 & 15 >= _IN_ENGLISH or code & 15 >= _IN_ENGLISH + 1


def names_a_thing(value: str) -> bool:
    """No word of `value` ranks as anybody's given or family name, and one of them is an everyday
    word or it stands alone ("Tarantula Nebula", "Zabbix Proxy", "Doraemon"): what the small NER
    model tags as a person out of capitalisation. Two or more words that are neither names nor
    words ("Noelani Kahananui") stay possible names of traditions the table lacks."""
    kinds = [_describe(m.group())[1] for m in _TOKEN.finditer(value) if m.lastgroup == "word"]
    kinds = [k for k in kinds if k != "particle"]
    return bool(kinds) and not any(k in ("name", "weak") for k in kinds) and (len(kinds) == 1 or any(
        k in ("word", "bridge") for k in kinds))


# --- Cued names: words that say a person's name follows. The table alone cannot tell a name of a tradition
# it lacks ("Wiremu", "Ssebunya") from a product, and a lone capitalised word after a colon or at a sentence
# start from a heading; one's own relation ("mi hermano Rodrigo", "моя подруга Катя"), a person's field
# ("Pt: WIREMU PARATA", "\author{...}", "attendees: ..."), an @mention or a letter's addressee can. These
# spans are reported as CUED_RECOGNIZER's, so pii.py does not take the lone word for a sentence start.
CUED_RECOGNIZER = "NameCueRecognizer"

# One's own relation in the languages users write in (possessive + kin, friend, colleague, neighbour,
# boss, patient...): the possessive before the noun in most, after it in Romanian ("prietena mea"),
# Greek ("ο φίλος μου"), Indonesian/Malay ("teman saya"), Tagalog ("kaibigan kong si"), Swahili
# ("rafiki yangu"), a suffix in Turkish ("arkadaşım"), Finnish ("ystäväni"), Hungarian ("a barátom").
# Word sets, not one regex: a word scan and set lookups cost a tenth of an alternation of ~400 words
# tried at every character (measured: ~15 ms vs ~110 ms per 100 KB).
_POSSESSIVES = frozenset("""
my our mi mis nuestro nuestra tu su meu minha nosso nossa mon ma notre mio mia nostro nostra mein meine meinem meinen
meiner unser unsere unserem unseren unserer mijn onze mój moja mojego mojej mojemu moją moim nasz nasza naszego naszej
můj moje má mého mé mému mou môj mojej min mitt mina vår mine vores мой моя моего моей моему мою моим наш наша нашего
нашей мій мого моїй моєму
mera meri mere hamara hamari hamare""".split())
_RELATIONS = frozenset("""
brother sister mom mum mother dad father son daughter husband wife partner fiance fiancé fiancee fiancée boyfriend
girlfriend friend bestie colleague coworker co-worker roommate flatmate housemate neighbor neighbour boss manager cousin
uncle aunt auntie grandma grandmother grandpa grandfather nephew niece classmate teammate tenant landlord landlady
patient client student tutor nanny babysitter sister-in-law brother-in-law mother-in-law father-in-law stepmom stepdad
stepson stepdaughter kid ex ex-wife ex-husband ex-boyfriend ex-girlfriend ex-partner
employee intern trainee apprentice supervisor mentee
steward volunteer canvasser organiser organizer caseworker
milker farmhand herdsman herdswoman stockman stockwoman shepherd cleaner gardener handyman housekeeper
granddaughter grandson grandchild grandkid grandniece grandnephew stepsister stepbrother godson goddaughter godchild
nieto nieta neto neta petit-fils petite-fille nipotino nipotina kleindochter kleinzoon kleinkind barnebarn barnbarn
hermano hermana madre padre mamá mama papá papa hijo hija esposo esposa marido mujer novio novia amigo amiga compañero
compañera colega vecino vecina jefe jefa primo prima tío tía tio tia abuelo abuela sobrino sobrina suegro suegra cuñado
cuñada pareja paciente cliente inquilino inquilina compi
irmão irmã irmao irma mãe mae pai filho filha namorado namorada amiga vizinho vizinha chefe avô avó sogro sogra cunhado
cunhada
frère frere sœur soeur mère mere père pere fils fille mari femme copain copine ami amie collègue collegue voisin voisine
patron patronne chef cousine oncle tante grand-mère grand-père neveu nièce compagnon compagne conjoint conjointe
colocataire coloc patiente locataire belle-sœur beau-frère belle-mère beau-père
fratello sorella mamma papà figlio figlia moglie ragazzo ragazza fidanzato fidanzata amico vicino capo cugino cugina zio
zia nonno nonna nipote coinquilino coinquilina compagno suocero suocera cognato cognata marito amica compagna vicina
bruder schwester mutter vater sohn tochter mann frau freund freundin kollege kollegen kollegin nachbar nachbarn
nachbarin chefin onkel oma opa neffe neffen nichte mitbewohner mitbewohnerin partnerin patienten patientin kunde kunden
kundin mieter mieterin vermieter vermieterin enkel enkelin schwager schwägerin verlobter verlobte mitarbeiter
mitarbeiterin
broer zus moeder vader zoon dochter vrouw vriend vriendin collega buurman buurvrouw baas neef nicht oom huisgenoot
zwager schoonzus
brat brata bratu siostra siostry siostrze siostrę mamy mamie tata taty syn syna synowi córka córki córce mąż męża mężowi
żona żony żonie chłopak chłopaka dziewczyna dziewczyny przyjaciel przyjaciela przyjaciółka przyjaciółki kolega kolegi
koledze koleżanka koleżanki koleżance sąsiad sąsiada sąsiadka sąsiadki szef szefa szefowa kuzyn kuzyna kuzynka wujek
wujka ciocia cioci babcia babci dziadek dziadka współlokator współlokatora współlokatorem współlokatorka
współlokatorki współlokatorką wnuk wnuczka wnuczek wnuczkę wnuczki wnuka vnuk vnučka внук внучка внука внучки онук онука
bhai bhaiya bhabhi behen bahen didi dost chacha chachi mausi bua nani dadi jiju saas sasur pati patni beti
bratr sestra sestře sestru máma táta otec dcera manžel manželka kamarád kamarádka kamarát kamarátka kolegyně kolegyňa
soused sousedka sused suseda šéf šéfová bratranec sestřenice strýc teta babička dědeček
bror syster søster mor pappa far sønn søn dotter datter fru kone kona hustru sambo kompis venn ven veninde väninna
venninne vän granne nabo sjef kusin fetter kusine moster faster morbror farbror mormor farmor morfar farfar kjæreste
kæreste pojkvän flickvän svoger
брат брата брату сестра сестры сестре сестру сестрой мама маме маму мамы папа папе папу сын сына сыну дочь дочери
дочка муж мужа мужу жена жены жене жену друг друга другу подруга подруги подруге подругу коллега коллеги коллеге
коллегу сосед соседа соседу соседка соседки соседке начальник начальника начальнику начальница дядя тётя тетя
бабушка бабушке дедушка дедушке племянник племянница парень девушка одноклассник одноклассница тато син донька
чоловік дружина колега сусід сусідка бабуся дідусь хлопець дівчина""".split())
# After the noun: Romanian, Greek, Indonesian/Malay, Tagalog ("kaibigan kong si"), Swahili, Vietnamese
# ("bạn tôi Minh").
_POST_POSSESSIVES = frozenset("meu mea nostru noastră μου saya aku kami ko kong yangu wangu wetu tôi mình".split())
_RELATIONS_BEFORE_POSSESSIVE = frozenset("""
fratele sora mama tatăl fiul fiica soțul sotul soția sotia prietenul prietena colegul colega vecinul vecina șeful seful
șefa sefa vărul varul verișoara unchiul mătușa bunica bunicul iubitul iubita
αδερφός αδελφός αδερφή αδελφή φίλος φίλη φίλο συνάδελφος συνάδελφο γείτονας γειτόνισσα μητέρα μαμά πατέρας μπαμπάς γιος
κόρη σύζυγος άντρας γυναίκα ξάδερφος ξαδέρφη θείος θεία γιαγιά παππούς αφεντικό αδερφό αδελφό γιο σύζυγο άντρα
ξάδερφο θείο παππού πατέρα γείτονα συνάδελφο ανιψιό ανιψιά κουνιάδο κουνιάδα συγκάτοικο συγκάτοικος συγκάτοικη
teman kawan sahabat kakak adik abang suami istri isteri anak sepupu paman bibi tetangga jiran bos atasan kerja pacar
kapatid kaibigan asawa pinsan kapitbahay katrabaho amo tita tito lola lolo
rafiki kaka dada mume mke jirani bosi binamu
bạn chị gái trai mẹ bố vợ chồng sếp nghiệp xóm""".split())
# One word: Turkish and Finnish possessive suffixes, Hungarian, Indonesian "-ku".
_SUFFIXED_RELATIONS = frozenset("""
kardeşim kardesim ablam abim ağabeyim annem babam eşim esim kocam karım arkadaşım arkadasim komşum komsum patronum
müdürüm kuzenim teyzem halam amcam dayım oğlum kızım sevgilim nişanlım dedem yeğenim meslektaşım
ystäväni kaverini veljeni siskoni sisareni äitini isäni kollegani työkaverini naapurini pomoni esimieheni vaimoni
mieheni poikani tyttäreni serkkuni tätini setäni enoni mummoni poikaystäväni tyttöystäväni kämppikseni
barátom barátnőm öcsém bátyám húgom nővérem anyukám apukám fiam lányom férjem feleségem kollégám kolléganőm
szomszédom főnököm unokatestvérem nagymamám nagyapám párom
temanku kawanku kakakku adikku suamiku istriku sepupuku pacarku bosku tetanggaku""".split())
# Round 22 (butte_recall): one's relation in languages typed in Latin letters, each beside its own language's
# possessive or particle, so a word shared with English ("drug", "ani") never cues alone: Russian transliterated
# ("moya sosedka Klavdiya"), pinyin ("wo de tongshi 滕芷萱", "ta de laoban ..."), Greeklish with digits for letters
# ("o 8eios mou Lampros", "h filh mas ..."), romaji ("douryou no タカセ san", "tonari no Makino san") and Arabizi,
# whose possessive is a suffix and whose digits are letters ("5alti Ma7moud", "sa7bi Khaled").
_TRANSLIT_POSSESSIVES = frozenset("""moy moya moyu moego moyego moey moyey moemu moyemu moim moyim nash nasha nashu
nashego nashey nashemu""".split())
_TRANSLIT_RELATIONS = frozenset("""sosed soseda sosedu sosedka sosedki sosedke sosedku drug druga drugu podruga podrugi
podruge podrugu kollega kollegi kollege kollegu brat brata bratu sestra sestry sestre sestru mama mame mamu papa pape
papu syn syna synu doch docheri dochka dochke dochku muzh muzha muzhu zhena zheny zhene zhenu nachalnik nachalnika
nachalnitsa dyadya dyade tetya tyotya tete babushka babushke babushku dedushka dedushke plemyannik plemyannitsa
plemyannitse paren devushka odnoklassnik odnoklassnitsa vnuk vnuchka sosedi""".split())
_PINYIN_OWNERS = frozenset("wo women ta tamen ni nimen".split())  # before "de": my, our, his/her, their, your
_PINYIN_RELATIONS = frozenset("""tongshi pengyou haopengyou tongxue linju shiyou laoban shangsi jingli laoshi
xuesheng kehu bingren mama baba gege jiejie didi meimei laogong laopo zhangfu qizi taitai erzi nver nuer nanpengyou
nvpengyou nupengyou biaoge biaojie biaodi biaomei tangge tangjie nainai yeye waipo waigong ayi shushu jiujiu gugu
guimi fangdong zuke yuangong zhuli mishu daoshi""".split())
_GREEKLISH_RELATIONS = frozenset("""8eios theios thios 8eia theia thia 8eio theio filos fili filh filo filaraki
adelfos adelfi adelfh adelfo aderfos aderfi aderfh aderfo mana mitera mhtera pateras mpampas babas giagia pappous
papous gios gio kori korh syzygos sizigos syzygo antras andras gynaika gineka ksaderfos ksaderfi ksaderfh ksaderfo
xaderfos xaderfi xaderfh geitonas gitonas geitonissa gitonissa synadelfos sinadelfos synadelfo sinadelfo synadelfissa
afentiko anipsios anipsia anipsi koumparos koumpara nonos nona""".split())
_GREEKLISH_POSSESSIVES = frozenset("mou mas".split())  # after the noun, as in Greek script ("ο θείος μου")
_ROMAJI_RELATIONS = frozenset("""tonari otonari douryou doryou dooryou joushi joshi jooshi buka senpai sempai kouhai
kohai koohai tomodachi yuujin yujin shinyuu shinyu kanojo kareshi tsuma musuko musume otouto imouto oneesan oniisan
sofu sobo itoko kachou kacho buchou bucho shachou shacho tenchou tencho obasan ojisan obaachan ojiichan kanja seito
gakusei torihikisaki ruumumeito doukyonin""".split())  # each before "no"
_ARABIZI_RELATIONS = frozenset("""5alti 5ali 5altak 5alo khalti khali 3ammi 3amti 3amto 3amo o5ti okhti ukhti 5ty a5oya
a5ooya akhoya a5i akhi sa7bi sa7bti sa7biti sahbi sahbti 7abibti gari garti jari jarti zmili zmilti zamili zamilti
mrati gozi ebni benti bnti 7amati 7amaya mudiri modiri""".split())
# A capitalised name typed in Arabizi, digits for letters inside it ("Ma7moud", "Kha2led").
_ARABIZI_NAME = regex.compile(r"\p{Lu}(?:\p{Ll}|[235789](?=\p{Ll}))+(?![\p{L}\p{N}])")
_CUE_WORD = re.compile(r"(?:[235789](?=[^\W\d_]))?[^\W\d_]+(?:[235789][^\W\d_]+)*(?:[-'’][^\W\d_]+)*")


_ROMANISED = 2  # a relation cue's flag (truthy: a lone unlisted word after it is a name) for a romanised relation:
# its language has no lower-case names to read ("moya sosedka moya ..." holds the Irish given name "Moya")


def _romanised_relation(word: str, prev: tuple[str, int, int], prev2: tuple[str, int, int], text: str,
                        start: int) -> bool:
    """Whether `word` ends one's relation in a romanised language (see _TRANSLIT_POSSESSIVES and below): after its
    possessive (Russian), after "wo de" (pinyin), before "mou" (Greeklish: `word` is the possessive), before "no"
    (romaji: `word` is "no"), or one Arabizi word."""
    if word in _ARABIZI_RELATIONS:
        return True
    if not _adjacent(text, prev, start):
        return False
    if word in _TRANSLIT_RELATIONS:
        return prev[0] in _TRANSLIT_POSSESSIVES
    if word in _PINYIN_RELATIONS:
        return prev[0] in ("wode", "womende") or prev[0] == "de" and prev2[0] in _PINYIN_OWNERS and _adjacent(
            text, prev2, prev[1])
    if word in _GREEKLISH_POSSESSIVES:
        return prev[0] in _GREEKLISH_RELATIONS
    return word == "no" and prev[0] in _ROMAJI_RELATIONS


# Every relation word, as the table keys it: one's relation is a word before a name, never part of it.
_RELATION_WORDS = frozenset(fold_token(w) for w in _RELATIONS | _SUFFIXED_RELATIONS | _RELATIONS_BEFORE_POSSESSIVE)
# Relations a company holds as often as a person ("our client Contoso", "mi cliente Acme"): a lone word after
# one must be a listed name.
_RELATIONS_OF_FIRMS = frozenset("client partner tenant landlord cliente kunde kunden kundin klant partnerin".split())
_RELATION_ADJECTIVES = frozenset("""little big younger older baby twin best old new ex late relief temp seasonal
zmarły zmarła zmarłego zmarłej verstorbene verstorbener verstorbenen défunt défunte fallecido fallecida difunto difunta
falecido falecida defunto defunta compianto compianta overleden avlidne framlidne afdøde avdøde покойный покойная
покойного покойной покійний покійна""".split())  # round 38 (zeugen): "mój zmarły mąż X", "mein verstorbener Mann X"
# (round 32, tuya: "tell Darett, our relief milker, ...": a farm's staff named in apposition)
# Round 28: who keeps an animal, a child or a thing, named after its owner's genitive ("Pickles's owner <name> rang",
# "the pony's keeper ...", "Mia's guardian ..."): the slot a private person fills, as after "my neighbour", in any
# script; the animal or the thing before it names nobody and is not taken.
_KEEPER_ROLES = frozenset("""owner co-owner keeper guardian carer caregiver caretaker handler sitter walker adopter
fosterer admin administrator""".split())  # (round 32, sastrugi: "reported by the customer's admin, X, via chat")
# Kin and friends, not roles a stranger or a firm fills (boss, patient, client, student...): what opens a sentence
# without a possessive in languages that drop it ("syn Radosław", "mama Ania").
_KIN = _RELATIONS - frozenset("""boss manager patient client student tutor tenant landlord landlady partner colleague
coworker co-worker teammate classmate nanny babysitter kid paciente cliente inquilino inquilina jefe jefa colega chefe
patron patronne chef patiente locataire capo chefin patienten patientin kunde kunden kundin mieter mieterin vermieter
vermieterin mitarbeiter mitarbeiterin kollege kollegen kollegin collega baas szef szefa szefowa kolega kolegi koledze
koleżanka koleżanki koleżance šéf šéfová sjef начальник начальника начальнику начальница коллега коллеги коллеге
коллегу колега employee intern trainee apprentice supervisor mentee steward volunteer canvasser organiser organizer
caseworker""".split())  # (round 40, doline: "the new steward X", "our volunteer X": roles, no kin)
# How texters open a line about (or to) a friend, without a possessive: "mate X moved", "bro X left", "kanka X'in
# ...", "tío X dice". A listed name must follow, or an unlisted one doing what people do ("mate X moved").
_CASUAL_FRIENDS = frozenset("""mate bro bruh dude cuz sis kanka kanki abi abla kardeşim kumpel alter digga kolo ziom
ziomek stary brate brat buraz frero frérot pote gars mec wesh compa cuate güey wey parce pana chamo mano cara brother
sister bestie bff""".split())
_SUFFIXED_NAME_AFTER = regex.compile(r"[ \t]+(\p{Lu}[\p{Ll}\p{M}]+)(['’]\p{Ll}{1,4})?(?![\p{L}\p{M}])")
_NAME_THEN_DEED = regex.compile(r"[ \t]+\p{Lu}[\p{Ll}\p{M}]+(?:['’]\p{Ll}{1,4})?[ \t]+(?:said|says|told|moved|"
                                r"left|texted|called|rang|messaged|reckons|thinks|wants|asked|came|arrived|just|"
                                r"is[ \t]+coming|got[ \t]+(?:married|engaged|fired|sacked|promoted))(?![\p{L}\p{M}])")
_APPOSITION_OPENS = regex.compile(r"(?:\(|,)[ \t]*$")  # "Marisol (my ex)", "Bartholomew, my landlord"
# Round 36 (tuya, tufa): "ask <name> the herdswoman", "<name>, the cleaner": "the" and a relation or a worker's word
# stand in apposition after a name as "my landlord" does, with a comma or without one.
_THE_RELATION_APPOSED = regex.compile(r"(?<=[\p{L}\p{M}])(?:[ \t]*,)?[ \t]+$")
_NAME_BEFORE_THE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}'’-]+[ \t]+$")  # the lone name before it
_NAME_BEFORE_APPOSITION = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)?"
                                        r"[ \t]*(?:\(|,)[ \t]*$")
# Whom one writes to, meets or asks, typed in lower case: a common given name and one or two name-like
# words ("text megan pruitt from the gym", "email to darnell whitfield"), none of them an everyday word.
_CONTACT_VERBS = frozenset("""text texting texted email e-mail emailed emailing message messaged dm ping call called ask
asked tell told meet met invite invited thank cc remind with to for from and""".split())
_SCAN_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Between a relation and its name: Tagalog "si", a Greek article ("ο θείος μου ο Χ", "τη θεία μου την Χ").
_AFTER_CUE = regex.compile(r"[ \t]*,?[ \t]+(?:(?:si|τον|την|τη|το|ο|η)[ \t]+)?")


# How one says what somebody is called, in other languages than English ("se llama", "s'appelle",
# "зовут") and "my/his/her name is": a listed name after it, or two name-like words.
_CALLED = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:se[ \t]+llama|me[ \t]+llamo|s'appelle|je[ \t]+m'appelle|hei(?:ß|ss)t|"
                        r"si[ \t]+chiama|mi[ \t]+chiamo|chama-se|se[ \t]+chama|меня[ \t]+зовут|зовут|nazywa[ \t]+się|"
                        r"jmenuje[ \t]+se|heet|hedder|heter|namanya|ismi|(?:my|his|her|their)[ \t]+name[ \t]+is|"
                        # a form's full-name label read out without its colon, as speech recognition writes it
                        # ("imię i nazwisko anna nowak", "full name john smith", "nombre completo ...")
                        r"imi[eę][ \t]+i[ \t]+nazwisko|full[ \t]+name(?:[ \t]+is)?|nombre[ \t]+completo|nom[ \t]+complet|"
                        r"nome[ \t]+completo|jm[ée]no[ \t]+a[ \t]+p[řr][íi]jmen[íi]|имя[ \t]+и[ \t]+фамилия|"
                        r"ім['’]я[ \t]+та[ \t]+прізвище)[ \t]+")
_CALLED_GATE = ("llam", "appel", "heißt", "heisst", "chiam", "chama", "зовут", "nazywa", "jmenuje", "heet", "hedder",
                "heter", "namanya", "ismi", "name is", "nazwisko", "full name", "complet", "jmén", "jmen", "фамилия",
                "прізвище")


_PET_BEFORE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:dog|cat|puppy|kitten|pet|horse|hamster|rabbit|parrot|hund|katze|"
                            r"kater|perro|perra|gato|gata|chien|chienne|chat|chatte|cane|gatto|cão|cachorro|hond|kat|"
                            r"pies|kot|kotka|собак\w*|пс\w*|кот\w*|кошк\w*)\b")


def _called(text: str) -> list[tuple[int, int]]:
    """See _CALLED; a lone unlisted word after it may be a file's name, so not taken, and a pet's name
    ("Mein Hund heißt Bello") is nobody's personal data."""
    low = text.lower()
    if not any(k in low for k in _CALLED_GATE):
        return []
    return [span for m in _CALLED.finditer(text) if not _PET_BEFORE.search(text, max(0, m.start() - 30), m.start())
            and (span := _cued_span(_words_at(text, m.end(), 3), False) or (
                _MY_NAME_IS.search(m.group()) and (_spaceless_name_after(text, m.end() - 1, m.end()) or (
                    _uncased_name_after(text, m.end() - 1, m.end())))))]


# Round 28: after "my name is" a lone word of a script without case is the writer's name ("My name is 다온.", "my
# name is <Thai given name> <family name>."), as after "my neighbour"; a lone Latin word stays _cued_span's.
_MY_NAME_IS = regex.compile(r"(?i)\b(?:my|his|her|their)[ \t]+name[ \t]+is")


# Round 40: the junior posts and the household a newcomer joins, after "the new" without a possessive ("the new intern
# Renisa will bring the folder", "the new apprentice Tomasz"): a private person whoever the name is. Not the offices a
# public figure takes up ("the new manager", "the new coach", "the new president").
_NEWCOMER_ROLES = frozenset("""intern trainee apprentice steward volunteer canvasser caseworker hire starter temp recruit
cleaner nanny babysitter tutor carer caregiver receptionist tenant lodger neighbour neighbor flatmate roommate housemate
colleague coworker co-worker""".split())


# Round 42 (knoll, first look): a sentence pasted into another's word, its space lost ("ceremony arcMy brother Ayoub
# will bring the rings"): a possessive after a lower-case letter, capitalised as a sentence opens, starts a word.
_GLUED_POSSESSIVE = regex.compile(r"(?<=\p{Ll})\p{Lu}\p{Ll}*$")


def _cue_words(text: str) -> Iterator[re.Match[str]]:
    """_CUE_WORD's words, a possessive glued to the word before it read as a word of its own (_GLUED_POSSESSIVE)."""
    for match in _CUE_WORD.finditer(text):
        glued = _GLUED_POSSESSIVE.search(match.group())
        if glued is not None and glued.group().lower() in _POSSESSIVES and (
                own := _CUE_WORD.match(text, match.start() + glued.start())) is not None:
            yield own
        else:
            yield match


def _cue_ends(text: str) -> tuple[list[tuple[int, bool]], list[int], list[tuple[int, bool]], list[int],
                                  list[tuple[int, bool]]]:
    """Where a relation cue ends (the name follows; with whether a lone unlisted word after it is a name),
    where a contact verb ends, and where a relation in apposition begins (the name stands before it:
    "Marisol (my ex)", "Bartholomew, my landlord"), from one word scan. A kin word opening a sentence
    needs no possessive ("syn Radosław ur. ...", "brat Leszek pożyczył ..."), but a listed name after it. Also for
    _told_or_with_me: where a telling imperative opens a sentence, and where the writer stands beside a name
    (the conjunction's start, name before: "X and I"; or its end, name after: "me and X")."""
    relations, contacts, apposed, told, with_me = [], [], [], [], []
    prev = prev2 = ("", 0, 0)
    for match in _cue_words(text):
        word = match.group().lower()
        start, end = match.span()
        if word in _SUFFIXED_RELATIONS:
            relations.append((end, True))
        elif word in _RELATIONS and _adjacent(text, prev, start) and (prev[0] in _POSSESSIVES or (
                prev[0] in _RELATION_ADJECTIVES and prev2[0] in _POSSESSIVES and _adjacent(text, prev2, prev[1]))):
            relations.append((end, word not in _RELATIONS_OF_FIRMS))
            owner = prev if prev[0] in _POSSESSIVES else prev2
            if _APPOSITION_OPENS.search(text, max(0, owner[1] - 3), owner[1]):
                apposed.append((owner[1], word not in _RELATIONS_OF_FIRMS))
        elif word in _RELATIONS and word not in _RELATIONS_OF_FIRMS and prev[0] == "the" and _adjacent(
                text, prev, start) and _THE_RELATION_APPOSED.search(text, max(0, prev[1] - 3), prev[1]):
            apposed.append((prev[1], True))  # round 36: "ask X the herdswoman", "X, the cleaner, has the key"
        elif word in _NEWCOMER_ROLES and prev[0] in ("new", "newest") and prev2[0] == "the" and _adjacent(
                text, prev, start) and _adjacent(text, prev2, prev[1]):
            relations.append((end, True))  # round 40 (bluff, caldera, doline): "the new intern X", "the new steward X"
        elif word in _POST_POSSESSIVES and prev[0] in _RELATIONS_BEFORE_POSSESSIVE and _adjacent(text, prev, start):
            relations.append((end, True))
        elif word in _KEEPER_ROLES and prev[0][-2:] in ("'s", "’s") and len(prev[0]) > 2 and _adjacent(text, prev, start):
            relations.append((end, True))  # "Pickles's owner <name>" (_KEEPER_ROLES)
        elif (word in _KIN or word in _RELATIONS and word not in _RELATIONS_OF_FIRMS) and prev[0][-2:] in ("'s", "’s") and (
                len(prev[0]) > 2 and _adjacent(text, prev, start)):
            relations.append((end, True))  # round 30: "resident's son <name>", "the patient's daughter <name>"
        elif _romanised_relation(word, prev, prev2, text, start):
            relations.append((end, _ROMANISED))
        elif word in _KIN and match.group()[0].islower() and _SENTENCE_START.search(text, max(0, start - 3), start):
            relations.append((end, False))
        elif word in _CASUAL_FRIENDS and match.group()[0].islower() and _SENTENCE_START.search(
                text, max(0, start - 3), start):
            if _NAME_THEN_DEED.match(text, end):
                relations.append((end, True))
            elif (after := _SUFFIXED_NAME_AFTER.match(text, end)) and (
                    after.group(2) or _describe(after.group(1))[1] == "name"):
                relations.append((end, False))  # "kanka Elif'in", "bro Marek" (not "bro Minecraft is down")
        if word == "contact" and prev[0] in ("please", "pls", "kindly") and _adjacent(text, prev, start):
            relations.append((end, False))  # round 28: "Please contact <name>." (a firm's lone word is not taken)
        if word in _CONTACT_VERBS:
            contacts.append(end)
        if word in _TELL_WORDS and _SENTENCE_START.search(text, max(0, start - 3), start):
            told.append(start)
        elif match.group() in _ME_AFTER_AND and prev[0] in _AND and _adjacent(text, prev, start):
            with_me.append((prev[1], True))
        elif word in _AND and prev[0] in _ME_BEFORE_AND and _adjacent(text, prev, start):
            with_me.append((end, False))
        prev2, prev = prev, (word, start, end)
    return relations, contacts, apposed, told, with_me


def _adjacent(text: str, prev: tuple[str, int, int], start: int) -> bool:
    gap = text[prev[2]:start]
    return bool(prev[0]) and 0 < len(gap) <= 3 and gap.strip(" \t") == ""


# A person's name field in the scripts without case (forms in Persian, Arabic, Urdu, Hebrew, Hindi, Bengali, Tamil,
# Georgian, Thai, Amharic): "full name", "first and last name", "family name", "name". Their names are mostly
# unlisted, so any one to four words after one are the value (the label itself is no name: _field_label).
_NAME_LABELS_UNCASED = (r"نام[ \t]+و[ \t]+نام[ \t]+خانوادگی|نام[ \t]+خانوادگی|نام[ \t]+کامل|پورا[ \t]+نام|نام|"
                       r"الاسم[ \t]+(?:الكامل|الثلاثي|الرباعي)|اسم[ \t]+(?:العائلة|الأب)|الاسم|اسم|"
                       r"שם[ \t]+(?:מלא|פרטי|משפחה)|שם|पूरा[ \t]+नाम|नाम|পুরো[ \t]+নাম|নাম|முழு[ \t]+பெயர்|பெயர்|"
                       r"სახელი[ \t]+და[ \t]+გვარი|სახელი,[ \t]*გვარი|სახელი|გვარი|ชื่อ[- \t]?นามสกุล|ชื่อ|นามสกุล|"
                       r"ሙሉ[ \t]+ስም|ስም|"
                       # round 23: Pashto "نوم" and "پوره نوم", Sorani Kurdish "ناو" (name, full name)
                       r"پوره[ \t]+نوم|نوم|ناوی[ \t]+تەواو|ناو")
# (round 25: also after a middle dot or a bullet between fields written on one line: "₹19,948 · UPI ... · नाम: ...",
# "Flight 12 • Name: ..."; a bullet opening a line is a list's item, read as before)
# (round 21: also as the opening of a quoted string after "(", "[" or "=": an SQL row's "VALUES ('नाम: ...', ...)",
# an HTML attribute's data-x="नाम: ...": the quote opens a field as a line start does)
_FIELD_OPENS = (r"(?:(?:^|(?<=[\n;|{,\t\u00b6]|[^\s·•][ \t]{1,4}[·•][ \t]))[ \t]*[\"']?|(?<=[(\[=])[ \t]*[\"']|"
                r"(?<=[?&][\p{L}\p{N}_.-]{1,30}=))")  # round 23: a URL query's value ("?line=ስም: ...") opens a field
_UNCASED_NAME_LABEL = regex.compile(r"(?:(?:^|(?<=[\n;|{,\t\u00b6(]|[^\s·•][ \t]{1,4}[·•][ \t]))[ \t]*|(?<=[(\[=])[ \t]*[\"']|"
                                    r"(?<=[?&][\p{L}\p{N}_.-]{1,30}=))(?:" + _NAME_LABELS_UNCASED
                                    + r")[ \t]*[:：]$")


# A person's field: a label line ("Pt:", "author:", "Served by:", "attendees:", "\author{") or "the
# patient is". `_LIST_LABELS` hold several people, `_PERSON_LABELS` one whose lone unlisted word is a
# name ("Pt: Gantulga"); other labels need a listed name for a lone word ("From: Amaru", not "From: Jira").
# A full-name field's label in a cased script ("Ονοματεπώνυμο", "Nombre completo", "Imię i nazwisko", "Ad soyad",
# "Họ và tên"): it asks for a person's given and family name, so two to four words after it are a person's name,
# listed or not (a lone word there is a mononym, a historical or fictional figure's: _labelled's "cased full name").
_FULL_NAME_LABELS_CASED = (r"ονοματεπώνυμο|ονοματεπωνυμο|nome[ \t]+completo|nombre[ \t]+completo|"
                           r"nombre[ \t]+y[ \t]+apellidos?|apellidos?[ \t]+y[ \t]+nombre|nom[ \t]+complet|"
                           r"nom[ \t]+et[ \t]+pr[ée]noms?|pr[ée]noms?[ \t]+et[ \t]+nom|vollst[äa]ndiger[ \t]+name|"
                           r"vor-[ \t]+und[ \t]+nachname|imi[ęe][ \t]+i[ \t]+nazwisko|ad[ \t]+soyad|ad[ıi][ \t]+soyad[ıi]|"
                           r"họ[ \t]+và[ \t]+tên|nama[ \t]+lengkap|volledige[ \t]+naam|fullt[ \t]+navn|"
                           r"fullst[äa]ndigt[ \t]+namn|koko[ \t]+nimi|полное[ \t]+имя|повне[ \t]+ім['’]я|"
                           r"jm[ée]no[ \t]+a[ \t]+p[řr][íi]jmen[íi]|meno[ \t]+a[ \t]+priezvisko|nume[ \t]+[șş]i[ \t]+prenume|"
                           r"nume[ \t]+complet")
_LABEL_BEFORE = regex.compile(
    r"(?i)" + _FIELD_OPENS + r"(?P<label>authors?|pt|patient|patient[ _]name|"
    r"client[ _]name|customer[ _]name|customer|employee|emp[ _]?name|employee[ _]name|staff[ _]name|served[ \t]+by|"
    r"cashier|attendees?|participants?|guests?|passengers?|students?|pupil|tenant|resident|assignee|applicant|"
    r"claimant|policy[ _]?holder|card[ _]?holder|account[ _]holder|guardian|witness|"
    # round 28: an animal's adopter or registered keeper on a shelter's or a chip database's record
    r"adopter|(?:registered[ \t]+)?keeper(?:[ \t]+present)?|"
    # round 25: a payment's payee or an account's holder in the languages transfer details are written in
    r"payee|beneficiary|получатель|отримувач|одержувач|владелец[ \t]+сч[её]та|власник[ \t]+рахунку|odbiorca|"
    r"reporter|reviewers?|owner|contact|recipient|sender|from|to|cc|bcc|signed|prepared[ \t]+by|written[ \t]+by|"
    r"submitted[ \t]+by|approved[ \t]+by|reviewed[ \t]+by|requested[ \t]+by|posted[ \t]+by|caller|nombre|nom|vorname|nachname|"
    r"imię|nazwisko|nome|cognome|naam|navn|namn|nimi|név|teljes[ \t]+név|vezetéknév|keresztnév|имя|фио|нэр|овог[ \t]+нэр|όνομα|(?P<handle>user[ _]?(?:id|name)|username|login|"
    r"handle|slack|github|twitter|telegram)|(?P<named>(?:full|first|last|display|given|family)?[ _]?name)|"
    r"(?P<uncased>" + _NAME_LABELS_UNCASED + r")|(?P<fullname>" + _FULL_NAME_LABELS_CASED + r"))"
    r"[\"']?[ \t]*[:=：]$"
    r"|(?i:\b(?P<label>bed)[ \t]*\d{1,4}[ \t]*[:=]$)"
    # round 28: a one-person field written on after a sentence on the same line ("..., invoice total 2,180.00.
    # Policyholder: <name>", "12 nights, own food. Owner: <name>")
    r"|(?<=[\p{L}\p{N})][.!?][ \t]{1,3})(?P<label>policy[ _]?holder|owner|adopter|(?:registered[ \t]+)?keeper|"
    r"claimant|applicant|tenant|guardian|caller)[ \t]*[:=：]$")
_LABEL_MARK = re.compile(r"[:=：]")
_VALUE_START = regex.compile(r"[ \t]*[\"'“]?")
_LATEX_AUTHOR = regex.compile(r"\\author\{")
_THE_PERSON_IS = regex.compile(r"(?i:\bthe[ \t]+(?P<label>patient|client|customer|tenant|resident|caller|applicant|"
                               r"student|employee|guest|passenger)(?:['’]s[ \t]+name)?[ \t]+is[ \t]+)")


def _labelled(text: str) -> list[tuple[str, int]]:
    """(label, where its value starts) of every person's field: a label before ':' or '=' (looked for only
    behind those marks), "\\author{", "the patient is"."""
    out = []
    for mark in _LABEL_MARK.finditer(text):
        at = mark.start()
        if label := _LABEL_BEFORE.search(text, max(0, at - 40), at + 1):
            kind = "handle" if label.group("handle") else "name" if label.group("named") else (
                "full name" if label.group("uncased") else "cased full name" if label.group("fullname")
                else label.group("label"))
            out.append((kind, _VALUE_START.match(text, at + 1).end()))
    if "\\author{" in text:
        out += [("author", m.end()) for m in _LATEX_AUTHOR.finditer(text)]
    if " is " in text:
        out += [(m.group("label"), m.end()) for m in _THE_PERSON_IS.finditer(text)]
    return out


_PERSON_LABELS = frozenset({"pt", "patient", "patient name", "served by", "cashier", "resident", "guest", "guests",
                            "passenger", "passengers", "caller", "applicant", "student", "students", "employee",
                            "attendee", "attendees", "participant", "participants", "bed",
                            "claimant", "policyholder", "policy holder", "cardholder", "card holder", "account holder",
                            "guardian", "witness", "adopter", "keeper", "registered keeper",
                            "full name"})  # "full name": a name label of a script without case (_labelled)
# An @mention: a handle ("@mariana.cerqueira") or a display name ("@Keoni Nakoa"), not an e-mail's @.
_MENTION = regex.compile(r"(?<![\p{L}\p{N}_.@/-])@(?=\p{L})")
_MENTION_HANDLE = regex.compile(r"([\p{L}][\p{L}\p{M}]*(?:[._-][\p{L}][\p{L}\p{M}]*){1,2})\d{0,4}(?![\p{L}\p{N}_@/])")
# A letter's or a message's addressee in prose of another language than English: "pentru", "para",
# "til", "dla", "für", "pour", "voor", "kepada", "untuk", "cho", "для"; English "to"/"for" are too
# common before products ("a config for Vercel Turbopack") to lift a pair of unlisted words.
_ADDRESSEE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:pentru|para|til|till|dla|für|pour|voor|aan|kepada|untuk|cho|для|за|kwa|à|al|alla|"
    r"per)[ \t]+$|(?<![\p{L}\p{M}])(?:ku|kwa|ka|ki|no|na|ngu|ngo|nguye|kuye)-$")  # Zulu/Xhosa hyphenate a
# preposition onto a proper name: "incwadi eya ku-Thandeka Mokoena" (a letter to ...)
_ADDRESSEE_AFTER = regex.compile(r"(?i)[ \t]+(?:için|részére|számára|에게|への|ላ)(?![\p{L}\p{M}])")
_SPACES = regex.compile(r"[ \t]+")
_ITEM_SEP = regex.compile(r"[ \t]*[,;&/][ \t]*|[ \t]+(?:and|und|et|y|e|i|og|och|ja|és)[ \t]+")


class _Word(NamedTuple):
    start: int
    end: int
    kind: str  # as _describe, plus "initial" and "nick"
    style: str
    english: int  # 2*zipf(en)
    folded: str
    place: bool = False  # a word of a country's or subdivision's name


def _words_at(text: str, pos: int, limit: int = 4) -> list[_Word]:
    """Up to `limit` tokens from `pos` on, separated only by spaces or tabs (the candidate name after a cue)."""
    out: list[_Word] = []
    while len(out) < limit:
        match = _TOKEN.match(text, pos)
        if match is None:
            break
        if match.lastgroup == "word":
            folded, kind, style, _, _, place, english = _describe(match.group())
            out.append(_Word(match.start(), match.end(), kind, style, english, folded, place))
        else:
            out.append(_Word(match.start(), match.end(), "initial" if match.lastgroup == "init" else "nick", "", 0, ""))
        gap = _SPACES.match(text, match.end())
        if gap is None:
            break
        pos = gap.end()
    return out


def _cued_span(words: list[_Word], lone_unknown: bool, lower: bool = True, lower_any: bool = False
               ) -> tuple[int, int] | None:
    """The name at the start of `words`, the tokens right after a cue: the longest prefix of name-like
    tokens in one case style (listed or unknown names, initials, particles, a nickname; a capitalised
    word rare in English, "Tama" of "Tama Tawhai", inside a name), with at least one name word. A lone
    word must be a listed name, or (`lone_unknown`) any name-like capitalised word; lower case
    (`lower`) needs a listed name among two or more words (`lower_any`: after a person's label, any two)."""
    taken: list[_Word] = []
    style = ""
    for word in words:
        if word.kind in ("initial", "nick", "particle"):
            taken.append(word)
            continue
        foreign = word.kind in ("word", "bridge") and word.english < _WEAK_EN and word.style in ("title", "upper")
        if word.kind not in ("name", "weak", "unknown") and not foreign:
            break
        if style and word.style != style and (style, word.style) != ("upper", "title"):
            break
        style = style or word.style
        taken.append(word)
    while taken and taken[-1].kind in ("particle", "initial", "nick"):
        taken.pop()
    while taken and taken[0].kind in ("particle", "nick"):
        taken.pop(0)
    names = [w for w in taken if w.kind in ("name", "weak", "unknown")]
    if names and all(w.place for w in names):
        return None  # "France", "Costa Rica": a country's words, in a column or after a cue alike
    if not names or style not in ("title", "upper", "uncased", "lower") or (style == "lower" and not lower):
        return None
    words_in = [w for w in taken if w.kind not in ("initial", "particle", "nick")]
    listed = [w for w in names if w.kind in ("name", "weak")]
    if style == "lower":
        if len(words_in) < 2 or not lower_any and not any(w.kind == "name" for w in names) and len(listed) < 2:
            return None
    elif len(words_in) == 1 and not listed and not (lone_unknown or len(taken) > 1):
        return None  # a lone unlisted word ("From: Jira"); an initial before it makes a name ("T. Bat-Erdene")
    return taken[0].start, taken[-1].end


_WORD_THEN_PAUSE = regex.compile(r"\p{Lu}\p{Ll}+(?=[ \t]*[,;:.!?)]|[ \t]+\p{Ll})")


def _capitalised_word_after(text: str, at: int) -> tuple[int, int] | None:
    """A capitalised everyday word right after one's own relation, before a pause or a lower-case word: the
    name it also is ("mon coloc Will, ...", "my roommate Hope keeps ..."); not a function word ("my friend The")."""
    match = _WORD_THEN_PAUSE.match(text, at)
    if match is None:
        return None
    kind, english = _describe(match.group())[1], _describe(match.group())[6]
    return match.span() if kind in ("word", "bridge") and english < _FUNCTION_WORD and not is_relation_word(
        match.group()) else None


def _has_listed(text: str, start: int, end: int) -> bool:
    return any(_describe(m.group())[1] in ("name", "weak") for m in _TOKEN.finditer(text, start, end)
               if m.lastgroup == "word")


# A closing at a line's start, then the writer's name at the end of its line: "Cheers,\nTaini", "Thanks,
# Tama", "— Noelani", "--\nIhaia Tapsell | Ops Lead".
_CLOSING = regex.compile(
    r"(?im)^[ \t]*(?:cheers|thanks|thank[ \t]+you|thx|ta|best|best[ \t]+wishes|(?:kind|warm|best|"
    r"many)[ \t]+(?:regards|thanks)|regards|sincerely|yours(?:[ \t]+(?:sincerely|truly|faithfully))?|warmly|love|"
    r"xoxo|hugs|saludos|un[ \t]+abrazo|atentamente|cordialement|bien[ \t]+à[ \t]+vous|bises|grüße|viele[ \t]+grüße|"
    r"liebe[ \t]+grüße|lg|mfg|pozdrawiam|groetjes|met[ \t]+vriendelijke[ \t]+groet|mvh|hälsningar|terveisin|"
    r"cumprimentos|abraços|beijos|saluti|cordiali[ \t]+saluti|un[ \t]+saluto|s[ \t]+pozdravem|с[ \t]+уважением|"
    r"спасибо|дякую)[ \t]*[,!.]?[ \t]*(?:\n[ \t]*){0,2}(?=\p{L})|(?m:^[ \t]*(?:--|—|–|~)[ \t]*(?:\n[ \t]*)?(?=\p{L}))")
_LINE_REST = regex.compile(r"[ \t]*(?:$|\n|[|,(<]|[ \t][-–—][ \t])")


def _signed(text: str) -> list[tuple[int, int]]:
    """See _CLOSING: one to three name-like words that end their line (or stand before "| title", "<mail>")."""
    out = []
    for match in _CLOSING.finditer(text):
        span = _cued_span(_words_at(text, match.end(), 3), lone_unknown=True, lower=False)
        if span and _LINE_REST.match(text, span[1]):
            out.append(span)
    return out


# A table column of people: a header cell naming one ("emp_name", "customer", "patient", "attendee"),
# then that column's cells, row by row, while the rows keep the header's number of cells.
_PERSON_COLUMN = regex.compile(r"(?i)[ \t\"'*`_]*(?:(?:emp|employee|staff|customer|client|patient|student|member|guest|"
                               r"contact|owner|assignee|user|account|full|first|last|given|family|display)[ _-]?(?:name)?|"
                               r"name|employee|customer|patient|attendee|participant|passenger|tenant|person|"
                               # round 28: a device's or a ticket's assigned user, requester
                               r"assigned[ _-]?(?:to|user)|requester|requested[ _-]?by|"
                               # round 33 (yazoo): the people of a club's, a school's or a care register
                               r"(?:player|athlete|swimmer|runner|rider|pupil|child|learner|resident|volunteer|"
                               r"applicant|candidate|claimant|witness|caller)(?:[ _-]?name)?)[ \t\"'*`_]*")


_GENERIC_COLUMN = regex.compile(r"(?i)[ \t\"'*`_]*(?:(?:display|user|account|owner|contact)[ _-]?)?name|owner|contact|user|"
                                r"account[ \t\"'*`_]*")


def people_column(label: str) -> bool:
    """A header cell naming a column of people, not a generic "name" (products have names too): round 29, a
    table of people tells an identity number under a bare "id" header from a product's or an order's number."""
    return bool(_PERSON_COLUMN.fullmatch(label)) and not _GENERIC_COLUMN.fullmatch(label)


def _column_names(text: str, given: frozenset[str]) -> list[tuple[int, int]]:
    """Names in a person column of a delimited table (see _PERSON_COLUMN); each cell judged by _cued_span.
    Under a generic header ("name", "owner": products and services have them too) a listed name is needed,
    and a lone word must be a common given name."""
    if "\n" not in text:
        return []
    out = []
    lines = text.split("\n")
    at, i = 0, 0
    starts = []
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    while i < len(lines):
        line = lines[i]
        delimiter = tables.delimiter_of(line) if len(line) < 400 else None
        header = (tables.cells(line, 0, len(line), delimiter) if delimiter else None) or []
        labels = [line[a:b] for a, b in header]
        columns = [c for c, label in enumerate(labels) if _PERSON_COLUMN.fullmatch(label)]
        generic = {c for c in columns if _GENERIC_COLUMN.fullmatch(labels[c])}
        i += 1
        if not columns:
            continue
        while i < len(lines) and delimiter in lines[i]:
            row = tables.cells(lines[i], 0, len(lines[i]), delimiter) or []
            if len(row) != len(header):
                break  # the table ended
            for column in columns:
                a, b = row[column]
                offset = starts[i] + a + len(lines[i][a:b]) - len(lines[i][a:b].lstrip(" \t\"'"))
                if honorific := _ROLE_HONORIFIC.match(text, offset, starts[i] + b):
                    offset = honorific.end()  # round 28: "pí Holeček", "Hr. Lund": the courtesy title is no name,
                    # and the lone word after it a surname, listed or not
                words = _words_at(text, offset, 4)
                span = _cued_span(words, lone_unknown=bool(honorific), lower_any=column not in generic)
                if span and span[1] <= starts[i] + b and (column not in generic or _has_listed(
                        text, *span) and (span[1] > words[0].end or words[0].folded in given)):
                    out.append(span)
            i += 1
    return out


def _items(text: str, start: int, lone_unknown: bool, given: frozenset[str]) -> list[tuple[int, int]]:
    """The name at `start` and every further one on the line after a comma, semicolon, '&' or 'and'
    ("attendees: Razafindrakoto, Fanja; כהן, Gantulga", "Pt: Ganbold, Gantulga"). A lone word needs
    `lone_unknown` (a label only people fill) or a common given name ("From: Amaru", not "From: Jira")."""
    out = []
    while True:
        words = _words_at(text, start)
        span = _cued_span(words, lone_unknown or bool(words) and words[0].folded in given, lower_any=True)
        if span and not lone_unknown and span[1] == words[0].end and words[0].folded not in given:
            span = None
        if span is None:
            break
        out.append(span)
        sep = _ITEM_SEP.match(text, span[1])
        if sep is None:
            break
        start = sep.end()
    return out


_CJK_VALUE = regex.compile(r"\p{Han}{2,4}(?![\p{Han}\p{Hiragana}\p{Katakana}])|\p{Hangul}{2,4}(?!\p{Hangul})")


# Round 32 (tuya): a record's agent after "submitted by", "collected by", "sampled by" (a sample's, a parcel's, a
# form's sender): the words after it are read as a name as after a relation (two words at least).
_BY_AN_AGENT = regex.compile(r"(?i:(?<![\p{L}])(?:submitted|collected|sampled|delivered|dropped[ \t]+off|brought[ \t]+in|"
                             r"handed[ \t]+in)[ \t]+by[ \t]+)")


def cued_names(text: str, given: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Names after one's own relation, in a person's field, in an @mention, after a foreign addressee
    preposition or a verb of contacting (lower case: "text megan pruitt"), an initial in prose ("pošlu
    T. Bat-Ochir"), and spelled out letter by letter (see the patterns above). `given`: the census's
    common given names."""
    out: list[tuple[int, int]] = []
    relations, contacts, apposed, told, with_me = _cue_ends(text)
    for end, person_only in relations:
        gap = _AFTER_CUE.match(text, end)
        if gap and (span := _ARABIZI_NAME.match(text, gap.end())) and regex.search(r"\d", span.group()):
            out.append(span.span())  # "5alti Ma7moud": a name with digits for letters, which _TOKEN does not read
        elif gap and (span := _cued_span(_words_at(text, gap.end()), lone_unknown=person_only,
                                         lower=person_only != _ROMANISED) or (
                person_only and _capitalised_word_after(text, gap.end())) or _spaceless_name_after(text, end, gap.end())
                or _uncased_name_after(text, end, gap.end())):
            out.append(span)
    for cue in islice(_BY_AN_AGENT.finditer(text), 64):  # round 32 (tuya): "Sample S76 submitted by X, <address>"
        if span := _cued_span(_words_at(text, cue.end()), lone_unknown=False):
            out.append(span)
    for at, person_only in apposed:
        if (name := _NAME_BEFORE_APPOSITION.search(text, max(0, at - 60), at)) and (
                span := _cued_span(_words_at(text, name.start(), 2), lone_unknown=person_only)):
            out.append(span)
        elif person_only and text.startswith("the", at) and (
                name := _NAME_BEFORE_THE.search(text, max(0, at - 40), at)) and (
                span := _cued_span(_words_at(text, name.start(), 1), lone_unknown=True)):
            out.append(span)  # round 36: "ask Lomando the herdswoman"
        elif person_only and (gap := _APPOSITION_GAP.search(text, max(0, at - 4), at)) and (
                span := _uncased_name_ending_at(text, gap.start())):
            out.append(span)  # round 36: a name of a script without case ("tell 은빈, our relief milker")
    for label, value in _labelled(text):
        if label != "handle" and (cjk := _CJK_VALUE.match(text, value)) and _family_led(cjk.group()):
            out.append(cjk.span())  # "recipient": "中村翔太": a name of a script without spaces in a person's field
        elif label not in ("handle", "name") and (cjk := _SPACED_HAN_NAME.match(text, value)):
            out.append(cjk.span())  # round 28: "Posted by: 饗庭 紬希", family and given name apart
        elif label == "handle":
            handle = _MENTION_HANDLE.match(text, value + (text[value:value + 1] == "@"))
            if handle and _name_parts(handle.group(1)):
                out.append(handle.span(1))
        elif label == "name":  # "name: Grafana Loki" is a service: a listed name among the words
            out += [(a, b) for a, b in _items(text, value, False, given) if _has_listed(text, a, b)]
        elif label == "cased full name":  # given and family name: a lone word ("Pachacuti") is a mononym's
            out += [(a, b) for a, b in _items(text, value, True, given) if regex.search(r"[ \t]", text[a:b])]
        else:
            out += _items(text, value, regex.sub(r"[ \t_]+", " ", label.lower()) in _PERSON_LABELS, given)
    out += _signed(text) + _column_names(text, given) + _called(text) + _vietnamese_addressed(text) + _speakers(text) + _self_apposed(text)
    out += _told_or_with_me(text, told, with_me, given) + _names_before_their_relation(text)
    if "@" in text:
        out += _mentions(text)
    out += _addressees(text) + _spelled_names(text) + _contacted(text, contacts, given)
    out += _events_of_names(text) + _asked_from_team(text) + _role_dash_names(text, given)
    out += _dictated_names(text)
    out += _weakly_cued(text)
    out += _weakly_cued_r30(text)
    if " of " in text or " von " in text:
        out += _pupils_by_parent(text)
    out += [m.span(1) for m in islice(_OWN_RELATION_IN_SCRIPT.finditer(text), 64)
            if m.group(1)[0] not in _HAN_NOT_A_NAME_START]
    if "(" in text:
        out += _on_duty(text)
    if "," in text or ";" in text:
        out += _identified_rows(text)
    if "@" in text:
        out += _with_own_address(text)
    out += [m.span(1) for m in _CALL_THEN_NUMBER.finditer(text) if _describe(
        (first := m.group(1).split()[0]))[1] != "word" or fold_token(first) in given or 0 < (
        name_lexicon().get(fold_token(first), 0) >> 12 & 15) <= 2]  # "call Hope on ...", not "call Support at ..."
    for match in _INITIAL_IN_PROSE.finditer(text):
        if span := _cued_span(_words_at(text, match.start()), lone_unknown=False, lower=False):
            out.append(span)
    return out


# A given name of a script without spaces after a relation written in a spaced script ("my grandmother 砚舟 is
# picking it up", "ma sœur 다솜 garde la clé"): 2-3 Han or Hangul standing alone between spaced words.
_SPACELESS_GIVEN = regex.compile(r"(?:\p{Han}{2,3}|\p{Hangul}{2,3})(?=[ \t]*(?:[,.;:!?)]|[ \t]\p{Latin}|$))")


def _spaceless_name_after(text: str, cue_end: int, at: int) -> tuple[int, int] | None:
    """See _SPACELESS_GIVEN: the cue ends in a Latin letter and a space stands before the name."""
    if cue_end < 1 or not regex.match(r"\p{Latin}", text[cue_end - 1]) or at == cue_end:
        return None
    match = _SPACELESS_GIVEN.match(text, at)
    return match.span() if match else None


# Round 17: a given name of a spaced script without case after a relation written in Latin ("my employee <Persian
# name> said ...", "ask my tenant <Tamil name> about the rent"): one or two words of that script standing alone
# between Latin words or before a pause; none of them an everyday word the table knows (_UNCASED_EVERYDAY).
_UNCASED_SCRIPTS = (r"\p{Arabic}|\p{Hebrew}|\p{Devanagari}|\p{Bengali}|\p{Tamil}|\p{Telugu}|\p{Kannada}|\p{Malayalam}|"
                    r"\p{Gujarati}|\p{Gurmukhi}|\p{Thai}|\p{Ethiopic}|\p{Georgian}|\p{Sinhala}")
_UNCASED_GIVEN = regex.compile(rf"(?:{_UNCASED_SCRIPTS})[\p{{L}}\p{{M}}\u200c]*"
                               r"(?:[ \t](?![\p{Latin}\p{Cyrillic}\p{Greek}])[\p{L}\p{M}\u200c]+)?"
                               r"(?=[ \t]*(?:[,.;:!?)]|[ \t]\p{Latin}|$))")


def _uncased_name_after(text: str, cue_end: int, at: int) -> tuple[int, int] | None:
    """See _UNCASED_GIVEN: the cue ends in a Latin letter and a space stands before the name."""
    if cue_end < 1 or not regex.match(r"\p{Latin}", text[cue_end - 1]) or at == cue_end:
        return None
    match = _UNCASED_GIVEN.match(text, at)
    if match is None:
        return None
    words = match.group().split()
    if any(_describe(w)[1] not in ("name", "weak", "unknown") or script_of(w[0]) != script_of(words[0][0])
           for w in words):
        return None
    return match.span()


# Round 36 (tuya): a lone given name of a script without case standing in Latin prose right before an apposition
# ("tell 은빈, our relief milker", "ask عبدي the herdswoman"): the apposition names a private person as a cue before
# the name does.
_APPOSITION_GAP = regex.compile(r"(?:[ \t]*[,(][ \t]*|[ \t]+)$")
_UNCASED_BEFORE_APPOSITION = regex.compile(
    rf"(?<=\p{{Latin}}[ \t]{{1,3}})(?:\p{{Han}}{{2,3}}|\p{{Hangul}}{{2,3}}|(?:{_UNCASED_SCRIPTS})[\p{{L}}\p{{M}}\u200c]*)$")


def _uncased_name_ending_at(text: str, end: int) -> tuple[int, int] | None:
    """See _UNCASED_BEFORE_APPOSITION: one word, a name's or an unknown one (or 2-3 Han or Hangul, _SPACELESS_GIVEN),
    no everyday word of its script."""
    match = _UNCASED_BEFORE_APPOSITION.search(text, max(0, end - 40), end)
    if match is None or fold_token(match.group()) in _UNCASED_EVERYDAY:
        return None
    if _SPACELESS_GIVEN.fullmatch(match.group()) is None and _describe(match.group())[1] not in ("name", "weak", "unknown"):
        return None  # (a lone 2-3 Han or Hangul word the table reads as a word: a given name there, as after "my")
    return match.span()


# Round 22: Tagalog marks a person's name with its own article, "si" (subject), "ni" (of, by), "kay" (to, for) and
# their plurals ("Nag-text si Edgardo", "sabi ni Rommel", "ipadala kay Marites"): a capitalised word or two after one
# is a name, where the words around are Tagalog (two of its function words nearby; "si" alone is also Spanish "if").
_TAGALOG_ARTICLE = regex.compile(r"(?<![\p{L}\p{M}])(?:si|ni|kay|sina|nina|kina)[ \t]+"
                                 r"(\p{Lu}[\p{Ll}\p{M}]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}\p{N}])")
_TAGALOG_WORDS = frozenset("""ang ng mga yung iyong namin natin nya niya niyo daw raw naman kasi wala sabi siya kami
kayo lang dito yan ito nga ako ikaw tayo sila ba po nang pala din rin kanina bukas ngayon""".split())
_TAGALOG_GATE = (" si ", " ni ", " kay ", " sina ", " nina ", " kina ")


# Round 22: the writer names themself in apposition, between commas ("war ich, Thies Hollstein, von meinem Router",
# "c'était moi, ...", "fui yo, ..."): two or three capitalised words after a first-person pronoun and a comma, with a
# comma after them. (English has its own reading of "I, X Y,"; German capitalises nouns, so it needs this one.)
_SELF_APPOSED = regex.compile(r"(?<![\p{L}\p{M}])(?:ich|mich|moi|yo|io|eu|ja|jag|jeg|ik)[ \t]*,[ \t]+"
                              r"(?=\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}[ \t]*,)")


def _self_apposed(text: str) -> list[tuple[int, int]]:
    """See _SELF_APPOSED."""
    out = []
    for match in _SELF_APPOSED.finditer(text):
        words = _words_at(text, match.end(), 3)
        span = _cued_span(words, lone_unknown=False, lower=False)
        if span and " " in text[span[0]:span[1]] and text[span[1]:].lstrip(" \t").startswith(","):
            out.append(span)
    return out


# Round 31 (sandur): Japanese names written family name, a space, given name ("柳川 琴也"), listed on a line with
# other such names ("Table 1: 柳川 琴也, 久川 瑛花, 芦尾 蒼輝"): Chinese and Japanese prose puts no space between
# words, so two short runs of kanji a space joins, twice on one list line, are names.
_SPACED_HAN_NAME = regex.compile(r"(?<![\p{Han}\p{Hiragana}\p{Katakana}\p{L}])\p{Han}{1,3}[ \u3000]\p{Han}{1,3}"
                                 r"(?![\p{Han}\p{Hiragana}\p{Katakana}\p{L}])")
_HAN_LIST_SEPARATOR = regex.compile(r"^[ \t]*[,、，;；/][ \t]*$")


def _spaced_han_names(text: str) -> list[tuple[int, int]]:
    """See _SPACED_HAN_NAME: each such pair on a line that holds two or more of them, separated by list marks."""
    if " " not in text and "\u3000" not in text:
        return []
    found = list(islice(_SPACED_HAN_NAME.finditer(text), 2000))
    out: set[tuple[int, int]] = set()
    for a, b in zip(found, found[1:]):
        if _HAN_LIST_SEPARATOR.match(text[a.end():b.start()]):
            out.update((a.span(), b.span()))
    return sorted(out)


def _tagalog_named(text: str) -> list[tuple[int, int]]:
    """See _TAGALOG_ARTICLE."""
    low = text.lower()
    if not any(g in f" {low} " for g in _TAGALOG_GATE):
        return []
    out = []
    for match in _TAGALOG_ARTICLE.finditer(text):
        lo, hi = max(0, match.start() - 80), min(len(text), match.end() + 80)
        words = {w.lower() for w in _SCAN_WORD.findall(text, lo, hi)}
        if len(words & _TAGALOG_WORDS) >= 2:
            out.append(match.span(1))
    return out


# Vietnamese speaks of a person with a kinship pronoun or a title before the name ("chị Trần Thu Hà", "thầy giáo
# Phạm Quốc Bảo", "cô giáo chủ nhiệm ..."): a capitalised name after one, in prose with Vietnamese tone marks.
_VIETNAMESE_TITLE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:cô[ \t]+giáo|thầy[ \t]+giáo|cô|thầy|anh|chị|em|bác|chú|ông|bà|dì|cậu|mợ|thím|cháu|sếp|bạn)"
    r"(?:[ \t]+(?:chủ[ \t]+nhiệm|hiệu[ \t]+trưởng|giáo))?[ \t]+(?=\p{Lu})")


def _vietnamese_addressed(text: str) -> list[tuple[int, int]]:
    """See _VIETNAMESE_TITLE; a lone word must be a listed name ("chị Lan"), and the words one name."""
    if not _VIETNAMESE_MARK.search(text):
        return []
    return [span for m in _VIETNAMESE_TITLE.finditer(text)
            if (span := _cued_span(_words_at(text, m.end(), 4), lone_unknown=False, lower=False))]


# Everyday private verbs with a bare name: an imperative of telling, asking or reminding that opens a sentence
# ("Tell Ravi I'll be late", "Dile a Inés que ...", "Sag Jonas, dass ...", "Przypomnij Oli o ..."), and a name
# beside the writer as one subject ("Aoife and I split the rent", "me and Tomasz", "Inés y yo", "Jonas und ich").
_TELL_OPENS = regex.compile(
    r"(?i:(?:please|pls|plz|bitte|por[ \t]+favor)[ \t]+)?(?i:tell|ask|remind|thank|let|sag|sage|"
    r"frag|frage|erinnere|dile[ \t]+a|pregúntale[ \t]+a|preguntale[ \t]+a|recuérdale[ \t]+a|dis[ \t]+à|demande[ \t]+à|"
    r"rappelle[ \t]+à|di[' ’][ \t]*a|chiedi[ \t]+a|ricorda[ \t]+a|diz[ \t]+(?:à|ao|a)|pergunta[ \t]+(?:à|ao|a)|"
    r"powiedz|zapytaj|przypomnij|скажи|спроси|напомни|zeg|vraag|säg|fråga|sig|spørg|spør)[ \t]+(?=\p{Lu})")
_TELL_WORDS = frozenset("""please pls plz bitte por tell ask remind thank let sag sage frag frage erinnere dile
pregúntale preguntale recuérdale dis demande rappelle di chiedi ricorda diz pergunta powiedz zapytaj przypomnij
скажи спроси напомни zeg vraag säg fråga sig spørg spør""".split())
_AND = frozenset("and und et y e i og och en és и".split())
_ME_AFTER_AND = frozenset("I me ich moi yo eu io ja jeg jag ik én я".split())  # as written: "i" is Polish "and"
_ME_BEFORE_AND = frozenset("me moi ich yo eu io ja jeg jag ik".split())
_NAME_BEFORE_AND = regex.compile(r"(?<![\p{L}\p{M}])((?:\p{Lu}[\p{L}\p{M}'’-]+[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]+)[ \t]+$")


_ASSISTANTS = frozenset("alexa siri cortana bixby gemini claude copilot jarvis".split())  # told things, not people


def _told_or_with_me(text: str, told: list[int], with_me: list[tuple[int, bool]], given: frozenset[str]
                     ) -> list[tuple[int, int]]:
    """See _TELL_OPENS (at the sentence starts `told`) and the writer beside a name (`with_me`, from _cue_ends): a lone
    word must be a listed name that is rare in English text, a census given
    name or a top given name somewhere ("Ravi"; not "Python", "Jenkins", "Hope": languages, tools and words are told
    and worked with too), and no voice assistant's."""
    def name_at(at: int, limit: int) -> tuple[int, int] | None:
        span = _cued_span(_words_at(text, at, limit), False, lower=False)
        if span is None or _SPACES.search(text, *span) is not None:
            return span
        folded = fold_token(text[span[0]:span[1]])
        return None if folded in _ASSISTANTS or _describe(text[span[0]:span[1]])[6] >= _WEAK_EN and (
            folded not in given and name_lexicon().get(folded, 0) >> 12 & 15 != 1) else span

    out = [span for at in told if (m := _TELL_OPENS.match(text, at)) and (span := name_at(m.end(), 3))]
    for at, before in with_me:
        if not before:
            gap = _SPACES.match(text, at)
            if gap and (span := name_at(gap.end(), 2)):
                out.append(span)
            continue
        if (name := _NAME_BEFORE_AND.search(text, max(0, at - 60), at)) is None:
            continue
        starts = [name.start(1)] + [m.end() for m in _SPACES.finditer(text, *name.span(1))]
        for start in starts:  # "Yesterday Aoife and I": the name may start at the second word
            if (span := name_at(start, 2)) and span[1] <= name.end(1):
                out.append(span)
                break
    return out


# A dialogue's speaker labels ("AGENT: ...", "Customer: ...", "MARCY: ..."): where one speaker is a role, a
# speaker whose label is a listed name is the person on the other side of the conversation.
_SPEAKER = regex.compile(r"(?m)^[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]*)?)[ \t]*:")
_ROLE_SPEAKERS = frozenset("""agent support assistant user customer caller operator rep representative bot ai system
interviewer interviewee host doctor nurse therapist counselor counsellor client patient teacher student staff clerk
cashier moderator narrator advisor adviser consultant receptionist dispatcher helpdesk me q a agente cliente usuario
asistente operador operadora kunde kundin mitarbeiter berater beraterin nutzer benutzer conseiller conseillère
opérateur utilisateur klant medewerker gebruiker konsultant klient użytkownik""".split())


def _speakers(text: str) -> list[tuple[int, int]]:
    """See _SPEAKER: the labels of lines of a dialogue that a role also speaks in."""
    if "\n" not in text or ":" not in text:
        return []
    labels = list(_SPEAKER.finditer(text))
    if len(labels) < 2 or not any(m.group(1).lower() in _ROLE_SPEAKERS for m in labels):
        return []
    return [span for m in labels if m.group(1).lower() not in _ROLE_SPEAKERS and (
        span := _cued_span(_words_at(text, m.start(1), 2), lone_unknown=False, lower=False)) and span[1] == m.end(1)]


# "<name> from <team> <does something>" in lower case: "ok so wiremu parata from accounts keeps cc'ing me".
_FROM_TEAM = regex.compile(r"[ \t]+from[ \t]+(?:the[ \t]+|my[ \t]+|our[ \t]+)?\p{Ll}+[ \t]+(?:keeps|is|was|has|had|"
                           r"said|says|wants|asked|sent|emails|emailed|texted|called|left|never|always|just|still)\b")
_TWO_WORDS_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}'’-]+[ \t]+\p{Ll}[\p{L}\p{M}'’-]+$")
# Whom to ask or tell, one word, then the team they are from: "ask Mary from accounts", "email أثير from billing",
# "ping יואב-חי from HR". The word must read as a name (a listed or unknown capitalised word, or a word of a script
# without case that is no function word): "ask Support from billing" names a desk.
_ASK_FROM_TEAM = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:ask|tell|text|email|e-mail|message|ping|call|cc|remind|dm|"
                               r"contact|check[ \t]+with|talk[ \t]+to|speak[ \t]+to|reach[ \t]+out[ \t]+to))[ \t]+"
                               r"([\p{L}\p{M}][\p{L}\p{M}'’-]*)[ \t]+(?i:from)[ \t]+(?:(?i:the|my|our)[ \t]+)?[\p{L}&]{2,}")
# Round 29: the same person as the subject, the group they come from, then what they said or did: "Maéo from the 6am
# group said", "<name> from the Tuesday class asked", "<name> from choir mentioned". One word that reads as a name
# (_one_name_word: no everyday word or place, so not "Support from the Help Desk said", "Paris from the air"), "from"
# and the verb in lower case, one to three words of group between.
_NAME_FROM_GROUP = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’@#./-])([\p{L}\p{M}][\p{L}\p{M}'’-]*)[ \t]+from[ \t]+"
                                 r"(?:(?:the|my|our)[ \t]+)?(?:[\p{L}\p{N}&][\p{L}\p{M}\p{N}&'’-]*[ \t]+){1,3}"
                                 r"(?:said|says|asked|asks|mentioned|mentions|wants|wanted|missed|misses|called|calls|"
                                 r"told|texted|emailed|messaged)(?![\p{L}\p{M}])")
# A life event of the person named right before it, in the possessive: "Demelza's funeral is Thursday", "Wynand's
# memorial", "ऋचा's wedding", "یگانه's christening". One word that reads as a name (not "Mum's", "Saturday's", "Everyone's").
_EVENT_OF_NAME = regex.compile(r"(?<![\p{L}\p{M}\u200c'’-])([\p{L}\p{M}][\p{L}\p{M}\u200c-]*)['’]s[ \t]+(?:funeral|memorial(?:[ \t]+service)?|"
                               r"burial|cremation|wake|eulogy|obituary|wedding|christening|baptism|bris|naming[ \t]+ceremony|"
                               r"bar[ \t]+mitzvah|bat[ \t]+mitzvah|baby[ \t]+shower|hen[ \t]+do|stag[ \t]+do|"
                               r"(?:\d+(?:st|nd|rd|th)[ \t]+)?birthday|retirement[ \t]+party|divorce|probate|estate[ \t]+(?:is|was|has))"
                               r"(?![\p{L}\p{M}])")
# The same the other way round, in the languages users write in: "el funeral de X", "les obsèques de X", "die
# Beerdigung von X", "il funerale di X", "de uitvaart van X", "pogrzeb X": a capitalised name after it.
_EVENT_THEN_NAME = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:funeral|entierro|velorio|sepelio|obs[èe]ques|enterrement|"
                                 r"fun[ée]railles|beerdigung|trauerfeier|beisetzung|funerale|esequie|begrafenis|uitvaart|"
                                 r"crematie|pogrzeb(?:u|ie)?|pohřeb|pohřbu|похороны|похорон)[ \t]+(?:de|di|del|della|do|da|"
                                 r"von|van|du|des|of)?)[ \t]*(?=\p{Lu})")


_DETERMINER_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:the|a|an|this|that|our|your|his|her|their|my))[ \t]+$")


def _events_of_names(text: str) -> list[tuple[int, int]]:
    """See _EVENT_OF_NAME and _EVENT_THEN_NAME."""
    out = []
    if "s " in text or "s\t" in text:
        for match in _EVENT_OF_NAME.finditer(text):
            if _DETERMINER_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                continue  # "the King's funeral", "a Viking's burial": a title or a kind, not a name
            word = _describe(match.group(1))
            if (word[2] == "uncased" and word[1] != "word") or (
                    word[2] == "title" and word[1] in ("name", "weak", "unknown")):
                out.append(match.span(1))
    for match in _EVENT_THEN_NAME.finditer(text):
        if span := _cued_span(_words_at(text, match.end(), 3), lone_unknown=True, lower=False):
            out.append(span)
    return out


# Round 18: a person's name standing alone at the start of a line or field, then a dash and a noun for what the person
# is to the writer ("Hazem El-Minyawi — customer wants a refund", "O. Hollinshead – parent asked for ...",
# "Л. Стрешнева — parent asked ...", "阙 书瑶 — tenant in flat 3 ..."): a note's or ticket's way of writing who it is
# about. The name: two to four capitalised or all-capital words or initials and a surname (every word a listed or
# unknown name, none an English word), one or two words of a script without case after an initial, or 2-4 Han or
# Hangul; the role: a noun for a person (customer, tenant, patient, ...) that is not the head of a compound
# ("customer support", "client portal": in English only a verb, a preposition or a pause may follow it).
_ROLE_NOUNS_EN = (
    r"customer|client|tenant|landlord|landlady|parent|guardian|applicant|candidate|patient|student|pupil|caller|guest|"
    r"member|employee|resident|buyer|seller|subscriber|passenger|visitor|volunteer|claimant|complainant|witness|donor|"
    r"attendee|participant|homeowner|policyholder|neighbou?r|intern|trainee|lodger|learner|contractor|freelancer|"
    r"occupant|borrower|new[ \t]hire|job[ \t]seeker")
_ROLE_NOUNS_OTHER = (
    r"client[ae]|paciente|inquilin[oa]|locataire|locatari[oa]|solicitante|candidat[ao]|alumn[oa]|alun[oa]|élève|"
    r"Kund(?:e|in)|Mieter(?:in)?|Patient(?:in)?|Bewerber(?:in)?|klant|huurder|sollicitant|patiënt|müşteri|kiracı|"
    r"hasta|veli|başvuran|клиент(?:ка)?|пациент(?:ка)?|арендатор|жил(?:е|и)ц[а]?|родитель|кандидат|заявитель")
_ROLE_NOUNS_SPACELESS = r"客户|顾客|租户|租客|家长|患者|病人|申请人|お客様|顧客|入居者|保護者|応募者|고객|세입자|학부모|환자|지원자"
_ROLE_DASH = regex.compile(
    r"(?:[—–]|(?<=[ \t])-{1,2}(?=[ \t]))[ \t]{0,3}(?:(?P<en>(?i:" + _ROLE_NOUNS_EN + r"))|(?P<other>(?i:"
    + _ROLE_NOUNS_OTHER + r"))|(?P<cjk>" + _ROLE_NOUNS_SPACELESS + r"))(?![\p{L}\p{M}\p{N}])")
_AFTER_ROLE_EN = regex.compile(
    r"[ \t]*(?:$|[\n\u00b6,.;:()\[\]\"'!?—–]|-[ \t])|[ \t]+(?:\p{Ll}+ed|wants|needs|asks|says|has|had|is|was|will|would|"
    r"reports|requests|complains|called|in|at|for|from|of|with|since|who|whose|on|about|waiting|no\.|nr\.?|#)"
    r"(?![\p{L}\p{M}])")
_ROLE_LINE_OPENS = "\n\u00b6\"“«>|:：([*•"
_ROLE_BULLET = regex.compile(r"(?:[-*•·]|\d{1,3}[.)])[ \t]+")
_ROLE_HONORIFIC = regex.compile(
    r"(?:(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sr|Sra|Srta|Herr|Frau|Hr|Fr|Mme|Mlle|M|Dhr|Mevr|Sig|Sig\.ra|pan|pani|pí|"
    r"paní)\.?|先生|女士|小姐|様|さん|氏)[ \t]+")
_ROLE_SPACELESS_NAME = regex.compile(r"\p{Han}(?:[ \t]?\p{Han}){1,3}|\p{Hangul}(?:[ \t]?\p{Hangul}){1,3}")
_ROLE_INITIAL = regex.compile(r"\p{L}\p{M}*\.")
_ROLE_WORD = regex.compile(r"[\p{L}\p{M}'’-]+")


def _role_dash_names(text: str, given: frozenset[str]) -> list[tuple[int, int]]:
    """See _ROLE_DASH: the name before "— <role>" at a line's or field's start. Bounded: each dash looks back at
    most 64 characters."""
    out: list[tuple[int, int]] = []
    for match in _ROLE_DASH.finditer(text):
        if match.group("en") and not _AFTER_ROLE_EN.match(text, match.end()):
            continue  # "Zendesk — customer support tool"
        end = match.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        low = max(0, end - 64)
        opens = max(text.rfind(c, low, end) for c in _ROLE_LINE_OPENS)
        if opens < 0 and low > 0:
            continue  # no line start within reach: the dash is inside prose
        start = opens + 1
        while start < end and text[start] in " \t":
            start += 1
        if bullet := _ROLE_BULLET.match(text, start, end):
            start = bullet.end()
        if honorific := _ROLE_HONORIFIC.match(text, start, end):
            start = honorific.end()
        if start >= end:
            continue
        if _ROLE_SPACELESS_NAME.fullmatch(text, start, end):
            out.append((start, end))
            continue
        words = regex.split(r"[ \t]+", text[start:end])
        if not 2 <= len(words) <= 4 or match.group("cjk"):
            continue
        styles, names = set(), 0
        for word in words:
            if _ROLE_INITIAL.fullmatch(word):
                continue
            if not _ROLE_WORD.fullmatch(word):
                break
            folded, kind, style, _, _, place, english = _describe(word)
            if style == "uncased":
                if kind == "word":
                    break
            elif style not in ("title", "upper") or not (
                    kind in ("name", "weak", "unknown") and english < _IN_ENGLISH or folded in given or (
                        place and english < _IN_ENGLISH and _ROLE_INITIAL.fullmatch(words[0]))):
                break  # a place's word after an initial is a surname ("I. Bragança"): places take no initials
            styles.add("cased" if style != "uncased" else style)
            names += 1
        else:
            if names and len(styles) == 1:
                out.append((start, end))
    return out


def _asked_from_team(text: str) -> list[tuple[int, int]]:
    """See _ASK_FROM_TEAM and _NAME_FROM_GROUP."""
    out = []
    if " from " in text or " From " in text:
        for match in _ASK_FROM_TEAM.finditer(text):
            word = _describe(match.group(1))
            if (word[2] == "uncased" and word[1] != "word") or (
                    word[2] == "title" and word[1] in ("name", "weak", "unknown")):
                out.append(match.span(1))
        for match in _NAME_FROM_GROUP.finditer(text):
            if _one_name_word(text, *match.span(1)):
                out.append(match.span(1))
    return out


# Round 29: whom a case note says one talked to or called back, and who rang again ("spoke to <word>, unhappy with the
# offer", "rang <word> back re the excess", "<word> rang again about it"): one word that reads as a name (a listed or
# unknown capitalised word, no everyday word or place: not "Reception", "Support", "Apple"; or a word of a script
# without case that is no everyday word), before a pause or "back"/"again"/"about"/"re".
_TALKED_TO = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:spoke|spoken|speak|speaking|talked|talking|chatted)[ \t]+(?:to|with)"
                           r"|(?<![\p{L}\p{M}])(?:rang|phoned|called|rung)(?=[ \t]+[\p{L}\p{M}]+[ \t]+back(?![\p{L}\p{M}])))"
                           r"[ \t]+")
_RANG_AGAIN = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’@#./-])([\p{L}\p{M}][\p{L}\p{M}'’-]*)[ \t]+(?:rang|phoned|rung|called)"
                            r"[ \t]+(?:again|back)(?![\p{L}\p{M}])")
_AFTER_TALKED_TO = regex.compile(r"[ \t]*(?:[,;:.!?)]|[-–—][ \t]|$)|[ \t]+(?i:back|again|about|re|regarding)(?![\p{L}\p{M}])")
# A prayer request: "please pray for <name>", "prayers for <name>", "keep <name> in your prayers", "priez pour",
# "betet für", "oren por", "pregate per", "bid voor", "módlcie się za", "молитесь за": the person prayed for, named
# by one or two name-like words (an initial may close them: "<name> K."), not "peace", "rain" or a country.
_PRAYER_FOR = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:pray|praying|prayed|prayers?|priez|prions|prier|bete[tn]?|beten|oren|oremos|orad|rezad|"
    r"recen|rezar|rezem|orem|orai|pregate|preghiamo|pregare|bid|bidt|bidden|módlcie[ \t]+się|módlmy[ \t]+się|"
    r"молитесь|помолитесь|молимся|моліться|помоліться)[ \t]+(?:for|pour|für|fuer|por|per|voor|za|за))[ \t]+")
_KEPT_IN_PRAYERS = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:keep|remember|hold))[ \t]+"
                                 r"([\p{L}\p{M}][\p{L}\p{M}'’-]*(?:[ \t]+[\p{L}\p{M}][\p{L}\p{M}'’-]*)?)[ \t]+"
                                 r"(?i:in[ \t]+(?:your|our|my|their)[ \t]+(?:prayers|thoughts))(?![\p{L}\p{M}])")
# A name and an initial in any script ("소슬 사.", "نوسيل ن.", "Ронилда В."): a word of 2+ letters, one letter, a full stop.
_NAME_AND_INITIAL = regex.compile(r"([\p{L}\p{M}]{2,})[ \t](\p{L}\p{M}*)\.(?![\p{L}\p{M}\p{N}])")
_WEAK_CUE_GATE = ("spok", "speak", "talk", "chatted", "rang", "phoned", "called", "rung", "pra", "pri", "bet", "ore",
                  "orad", "orai", "rez", "rec", "preg", "bid", "módl", "моли", "помол", "моліт", "keep", "remember", "hold")


# Round 30 (coulee, mogote, fumarole, barchan): more ways a note names a private person by a weak cue only:
# - a clause opens with the name and a verb only people do ("[LOS-5678] <name> will send the photos", "Note from
#   coach: <name> <surname> missed the last three sessions", "<name> asked about a payment break"); the clause opens
#   at a line's start, after a reference in brackets or a label's colon;
# - whom one saw or visited again ("Saw <name> again after the hospital stay");
# - whom one paid or handed money to ("paid cash to <name>, change owed");
# - a name with its role in brackets after it ("<name> (Customer) wants it done").
_CLAUSE_OPENS = regex.compile(r"(?:^|\n|\\n|\][ \t]*|[:：][ \t]*)")
_PERSON_VERB_AFTER = regex.compile(
    r"[ \t]+(?:will[ \t]+(?:send|call|ring|bring|drop|pay|come|email|e-mail|phone|text|sign|collect|pick|visit|"
    r"fetch|take|cover)|"
    r"asked[ \t]+(?:about|for|if|whether|us|me|to)|missed[ \t]+(?:the|her|his|their|a|an|\d)|"
    r"wants[ \t]+(?:it|to|the|a|her|his)|is[ \t]+recovering|was[ \t]+admitted|has[ \t]+been[ \t]+(?:off|ill|unwell|"
    r"admitted|discharged)|phoned|rang|emailed|texted|complained|cancelled|canceled|refused|agreed[ \t]+to)"
    r"(?![\p{L}\p{M}])")
_CLAUSE_SUBJECT = regex.compile(r"([\p{L}\p{M}][\p{L}\p{M}'’-]*)(?:[ \t]+([\p{L}\p{M}][\p{L}\p{M}'’-]*))?")
_SAW_AGAIN = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:saw|seen|visited|met))[ \t]+([\p{L}\p{M}][\p{L}\p{M}'’-]*)"
                           r"[ \t]+(?i:again|today|yesterday|at[ \t]+home|in[ \t]+hospital)(?![\p{L}\p{M}])")
_PAID_TO = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:paid|handed|gave)(?:[ \t]+(?:cash|the[ \t]+cash|the[ \t]+money|"
                         r"it))?[ \t]+to)[ \t]+([\p{L}\p{M}][\p{L}\p{M}'’-]*)(?=[ \t]*[,;.]|[ \t]+\p{Ll})")
_ROLE_IN_BRACKETS_AFTER = regex.compile(
    r"([\p{L}\p{M}][\p{L}\p{M}'’-]*)[ \t]*[(（](?i:customer|client|cliente|clienta|kunde|kundin|klant|klient|klientka|"
    r"tenant|mieter|mieterin|locataire|inquilino|inquilina|huurder|patient|patientin|paciente|paziente|member|resident|"
    r"homeowner|owner|guest|claimant|applicant|learner|pupil|donor|volunteer|"
    # round 36 (sandur): a kitchen's, a ward's or a depot's staff by their post ("X (commis) sent home Tue")
    r"commis|sous[ -]chef|chef[ ]de[ ]partie|kp|kitchen[ ]porter|porter|waiter|waitress|bartender|barista|line[ ]cook|"
    r"cook|hca|carer|care[ ]worker|night[ ]nurse|agency[ ]nurse|staff[ ]nurse|cleaner|picker|packer|forklift[ ]driver|"
    r"заказчик|заказчица|клиент|клиентка|"
    r"покупатель|замовник|клієнт|πελάτης|πελάτισσα|müşteri|العميل|عميل|الزبون|לקוח|לקוחה|ग्राहक|ลูกค้า|"
    r"客户|客戶|顾客|顧客|お客様|お客さま|고객)[)）]")
_WEAK_CUE_GATE_R30 = ("will ", "asked ", "missed ", "wants ", "recovering", "admitted", "has been", "phoned", "rang",
                      "emailed", "texted", "complained", "cancel", "refused", "agreed", "saw ", "seen ", "visited",
                      "met ", "paid", "handed", "gave", "(", "to ", "for ", "checked", "manager", "cashier")
# Round 31 (tor): a shop's staff named by their role and one name, then what staff do ("duty manager X checked CCTV",
# "cashier X refunded it"); a name with one's relation or a worker's description in brackets after it ("swapped my
# shift with X (my sister)", "with X (the new stockroom guy)"); a dedication ("'To X, love always'", "For X, with all
# my love"): private people, whoever the name is.
_STAFF_ROLE_THEN_NAME = regex.compile(
    r"(?i:(?<![\p{L}])(?:(?:duty|store|shift|floor|night|assistant|deputy|branch)[ \t]+manager|cashier|supervisor|"
    r"security[ \t]+guard|key[ \t]*holder|team[ \t]+leader|shift[ \t]+lead|stock[ \t]*room[ \t]+\p{L}+))[ \t]+"
    r"([\p{L}\p{M}][\p{L}\p{M}'’-]*)[ \t]+(?i:checked|reviewed|called|stopped|approved|signed|refunded|handled|"
    r"spoke|reported|confirmed|found|locked|opened|closed|counted)(?![\p{L}])")
_RELATION_IN_BRACKETS_AFTER = regex.compile(
    r"([\p{L}\p{M}][\p{L}\p{M}'’-]*)[ \t]*\((?i:(?:my|our|his|her|their)[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+)?|"
    r"(?:the[ \t]+)?(?:new[ \t]+)?(?:[\p{L}-]+[ \t]+)?(?:guy|girl|lad|lass|woman|man|colleague|temp|starter|"
    r"trainee|intern|apprentice)|"
    # round 36 (tufa): somebody's kin or landlord named by whose ("Site contact: X (the owner's husband)")
    r"(?:the|a|an)[ \t]+[\p{L}-]+['’]s[ \t]+(?:" + "|".join(sorted(
        (w for w in _KIN | {"landlord", "landlady", "tenant", "partner"} if w.isascii() and w.isalpha()), key=len,
        reverse=True)) + r"))\)")
_DEDICATION = regex.compile(r"(?:^|(?<=['\"‘“\n]))[ \t]*(?:To|For|Dear)[ \t]+([\p{L}\p{M}][\p{L}\p{M}'’-]*),[ \t]+"
                            r"(?i:love[ \t]+always|with[ \t]+(?:all[ \t]+(?:my|our)[ \t]+)?love|all[ \t]+my[ \t]+love|"
                            r"love[ \t]+you|forever[ \t]+yours|happy[ \t]+(?:birthday|anniversary))")


# A role's noun the tables do not hold, by its ending ("Consignee asked whether ...", "Assessor will send", "Claimant
# wants"): no name, where it stands alone.
_ROLE_NOUN_ENDING = regex.compile(r"(?i:[a-z]{3,}(?:ee|or|ant|ent|ist|ary|ician|ier|eer))$")


def _clause_subjects(text: str) -> list[tuple[int, int]]:
    """See _CLAUSE_OPENS and _PERSON_VERB_AFTER: one or two name-like words (_one_name_word; the first no
    sentence opener) opening a clause, then a verb only people do."""
    out = []
    for verb in islice(_PERSON_VERB_AFTER.finditer(text), 256):
        lo = max(0, verb.start() - 80)
        for cut in (m.end() for m in _CLAUSE_OPENS.finditer(text[lo:verb.start()])):
            at = lo + cut
            subject = _CLAUSE_SUBJECT.fullmatch(text, at, verb.start())
            if subject is None:
                continue
            words = [g for g in subject.groups() if g]
            spans = [subject.span(i + 1) for i in range(len(words))]
            if not is_sentence_opener(words[0]) and all(_one_name_word(text, *sp) for sp in spans) and (
                    len({script_of(w[0]) for w in words}) == 1) and not (
                    len(words) == 1 and _ROLE_NOUN_ENDING.search(words[0]) and _describe(words[0])[1] == "unknown"):
                out.append((spans[0][0], spans[-1][1]))
            break
        # round 30 (talus, moulin): "ps the nanny <name> will collect it": a person's role right before the name
        # (round 36, scarp: a hyphenated one, "her ex-partner <name> will bring")
        role = _ROLE_THEN_NAME_BEFORE.search(text, max(0, verb.start() - 60), verb.start())
        if role is not None and fold_token(role.group(1)) in _RELATIONS | _KEEPER_ROLES and (
                _one_name_word(text, *role.span(2)) and not is_sentence_opener(role.group(2))):
            out.append(role.span(2))
    return out


_ROLE_THEN_NAME_BEFORE = regex.compile(r"(?i:(?<![\p{L}])(?:the|our|my|his|her|their))[ \t]+(\p{L}+(?:-\p{L}+)?)[ \t]+"
                                       r"([\p{L}\p{M}][\p{L}\p{M}'’-]*)$")


def _one_name_word(text: str, start: int, end: int) -> bool:
    """The word text[start:end] reads as a person's name: see _TALKED_TO."""
    folded, kind, style, _, _, place, _ = _describe(text[start:end])
    if place or kind not in ("name", "weak", "unknown") and style != "uncased":
        return False
    if style == "uncased":
        return kind != "word" and fold_token(text[start:end]) not in _UNCASED_EVERYDAY
    return style == "title"


def _named_after_cue(text: str, at: int, cue_end: int) -> tuple[int, int] | None:
    """The name right after a weak cue ending at `at`: a name and its initial in any script, a capitalised name
    (_cued_span, a lone unknown word taken), a given name of a script without spaces or case."""
    if (pair := _NAME_AND_INITIAL.match(text, at)) and _one_name_word(text, *pair.span(1)) and (
            script_of(pair.group(1)[0]) == script_of(pair.group(2)[0])):
        return pair.span(1) if _style(pair.group(1)) != "uncased" else (pair.start(1), pair.end(2))
    words = _words_at(text, at, 3)
    if words and words[0].kind == "particle":
        return None  # "betet für den Frieden": an article, then a noun
    return (_cued_span(words, lone_unknown=True, lower=False)
            or _spaceless_name_after(text, cue_end, at) or _uncased_name_after(text, cue_end, at))


def _weakly_cued(text: str) -> list[tuple[int, int]]:
    """See _TALKED_TO, _RANG_AGAIN, _PRAYER_FOR and _KEPT_IN_PRAYERS."""
    low = text.lower()
    if not any(k in low for k in _WEAK_CUE_GATE):
        return []
    out = []
    for match in _TALKED_TO.finditer(text):
        word = _TOKEN.match(text, match.end())
        if word is None or word.lastgroup != "word" or _style(word.group()) == "uncased":
            span = _spaceless_name_after(text, match.end() - 1, match.end()) or _uncased_name_after(
                text, match.end() - 1, match.end())
            if span and _AFTER_TALKED_TO.match(text, span[1]):
                out.append(span)
            continue
        if _AFTER_TALKED_TO.match(text, word.end()) and _one_name_word(text, *word.span()):
            out.append(word.span())
    for match in _RANG_AGAIN.finditer(text):
        if _one_name_word(text, *match.span(1)) and (
                _describe(match.group(1))[2] == "uncased" or not is_sentence_opener(match.group(1))):
            out.append(match.span(1))
    for match in _PRAYER_FOR.finditer(text):
        if span := _named_after_cue(text, match.end(), match.end() - 1):
            out.append(span)
    for match in _KEPT_IN_PRAYERS.finditer(text):
        if span := _cued_span(_words_at(text, match.start(1), 2), lone_unknown=True, lower=False):
            if span[1] == match.end(1):
                out.append(span)
    return out


def _weakly_cued_r30(text: str) -> list[tuple[int, int]]:
    """See _CLAUSE_OPENS, _SAW_AGAIN, _PAID_TO, _ROLE_IN_BRACKETS_AFTER and round 31's _STAFF_ROLE_THEN_NAME,
    _RELATION_IN_BRACKETS_AFTER, _DEDICATION."""
    low = text.lower()
    if not any(k in low for k in _WEAK_CUE_GATE_R30):
        return []
    out = _clause_subjects(text)
    for pattern in (_SAW_AGAIN, _PAID_TO, _ROLE_IN_BRACKETS_AFTER, _STAFF_ROLE_THEN_NAME, _RELATION_IN_BRACKETS_AFTER,
                    _DEDICATION):
        for match in islice(pattern.finditer(text), 256):
            if _one_name_word(text, *match.span(1)) and not is_sentence_opener(match.group(1)):
                out.append(match.span(1))
    return out


# Round 36 (sinter): a pupil named by their parent's or guardian's role and their class ("forwarded by
# Erziehungsberechtigte of X, Klasse 10c", "Rodzic of X, klasa 2c", "parent/carer of X, Year 7"): a child of a
# school's roll, whoever the name is.
_PARENT_OF_PUPIL = regex.compile(
    r"(?i:parents?|guardians?|carers?|mother|father|mum|dad|erziehungsberechtigte[rn]?|eltern(?:teil)?|mutter|vater|"
    r"rodzic|rodzice|opiekun(?:ka)?|genitore|genitori|tutore|madre|padre|m[èe]re|p[èe]re|responsable[ \t]+l[ée]gal)"
    r"(?:/\p{L}+)?[ \t]+(?:of|von|de|di|du|des)[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)"
    r"(?=[ \t]*,?[ \t]*(?i:klasse|klasa|class|year|grade|form|classe|clase|kl\.|jahrgang|stufe)[ \t]*\d)")


def _pupils_by_parent(text: str) -> list[tuple[int, int]]:
    """See _PARENT_OF_PUPIL: a name's word or an unknown one, no everyday word."""
    return [m.span(1) for m in islice(_PARENT_OF_PUPIL.finditer(text), 64) if _one_name_word(text, *m.span(1))]


# An initial in running prose, then a capitalised word: "pošlu T. Bat-Ochir za pomoc", "meet Á. Bongo".
_INITIAL_IN_PROSE = regex.compile(r"(?<=\p{Ll}[,:]?[ \t]{1,3})(?![AI]\.)(?:\p{Lu}\.[ \t]?){1,2}(?=\p{Lu}\p{Ll})")
# Round 23: a name, then "is my / our <relation>" ("Zarmina is my neighbour", "Ostap ist mein Kollege", "Nour est ma
# voisine", "Itzel es mi vecina"): the relation names the person before it, as "my neighbour X" does after.
_NAME_IS_MY_RELATION = regex.compile(
    r"(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?)[ \t]+(?:is|was|ist|war|est|"
    r"était|etait|es|era|é|è|jest|je|är|er)[ \t]+(?:(?:la|il|a|o|le)[ \t]+)?(\p{Ll}+)[ \t]+(\p{L}+)"
    r"(?![\p{L}\p{M}])")


def _names_before_their_relation(text: str) -> list[tuple[int, int]]:
    """See _NAME_IS_MY_RELATION: every word of the name a name's word, not an everyday one ("This is my neighbour")."""
    out = []
    for match in islice(_NAME_IS_MY_RELATION.finditer(text), 64):
        owner, relation = match.group(2).lower(), fold_token(match.group(3))
        if owner not in _POSSESSIVES or relation not in _RELATION_WORDS or relation in _RELATIONS_OF_FIRMS:
            continue
        words = match.group(1).split()
        if all(_describe(w)[1] != "word" and not is_sentence_opener(w) for w in words):
            out.append(match.span(1))
    return out


# Round 28: who holds an on-call or duty shift, written in brackets after the name in an incident's timeline ("02:31
# <name> (on call) acknowledged"): a lone unlisted word there is a name in any script; a role ("Engineer A", "SRE")
# or an everyday word ("Platform") is not.
_ON_DUTY_AFTER = regex.compile(r"[ \t]*\((?i:on[ -]?call|on[ -]duty|on[ -]shift)\)")
_CHUNKS_BEFORE = regex.compile(r"(?:[^\s()]+[ \t]+){0,2}[^\s()]+$")
# Round 28: a person's record as a row of its values, the name then an identifier and a date in either order
# ("<name>, E0913466, 07-03-2001", "<name>, 19.01.2016, 70 3540933"): a document number with a date beside it is
# somebody's, and so is the name the row opens with (two name words at least, or a word of a script without case).
_ID_THEN_DATE = (r"(?:\p{Lu}{1,2}[ -]?\d{6,9}|\d{2}[ \t]?\d{7})[ \t]*[,;][ \t]*"
                 r"(?:\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)")
_DATE_THEN_ID = (r"(?:\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)[ \t]*[,;][ \t]*"
                 r"(?:\p{Lu}{1,2}[ -]?\d{6,9}|\d{2}[ \t]?\d{7})")
_ID_AND_DATE_AFTER = regex.compile(r"[ \t]*[,;][ \t]*(?:" + _ID_THEN_DATE + "|" + _DATE_THEN_ID + r")(?![\p{L}\p{N}])")


def _name_ending_at(text: str, end: int, lone_unknown: bool) -> tuple[int, int] | None:
    """The name (one to three words, _cued_span's reading) that ends right at `end`, read from the earliest word
    within 48 characters that makes one; or title-case words rare in English ("Mộng Tuyền"), or a lone 2-3 Han or
    Hangul word, which the table reads as words."""
    chunks = _CHUNKS_BEFORE.search(text, max(0, end - 48), end)
    if chunks is None:
        return None
    for start in [chunks.start()] + [chunks.start() + m.end() for m in regex.finditer(r"[ \t]+", chunks.group())]:
        words = [w for w in _words_at(text, start, 3) if w.end <= end]
        if not words or words[-1].end != end:
            continue
        span = _cued_span(words, lone_unknown=lone_unknown, lower=False)
        if span is None and (all(w.style == "title" and w.english < _WEAK_EN and w.kind != "particle"
                                 for w in words) or (len(words) == 1 and _SPACELESS_GIVEN.fullmatch(
                                     text, words[0].start, words[0].end))):
            span = words[0].start, words[-1].end
        return span if span is not None and span[1] == end else None
    return None


def _on_duty(text: str) -> list[tuple[int, int]]:
    """See _ON_DUTY_AFTER: the name ending right before the bracket, no lone role, relation or upper-case word."""
    out = []
    for match in islice(_ON_DUTY_AFTER.finditer(text), 64):
        span = _name_ending_at(text, match.start(), True)
        if span is not None:
            words = text[span[0]:span[1]].split()
            if not (len(words) == 1 and (words[0].isupper() or words[0].lower() in _ROLE_NOUNS or is_relation_word(
                    words[0]))):
                out.append(span)
    return out


def _identified_rows(text: str) -> list[tuple[int, int]]:
    """See _ID_AND_DATE_AFTER: the name before an identifier and a date, two words or a word without case."""
    out = []
    for match in islice(_ID_AND_DATE_AFTER.finditer(text), 64):
        span = _name_ending_at(text, match.start(), False)
        if span is not None and (regex.search(r"[ \t]", text[span[0]:span[1]]) or _describe(
                text[span[0]:span[1]])[2] == "uncased"):
            out.append(span)
    return out


def _contacted(text: str, contacts: list[int], given: frozenset[str]) -> list[tuple[int, int]]:
    """After a contact verb (_CONTACT_VERBS, ending at `contacts`): the first word a census given name, the
    rest listed or unknown, no place; and before _FROM_TEAM: two words, neither an everyday word."""
    out = []
    at = text.find(" from ")
    while at >= 0:
        if _FROM_TEAM.match(text, at) and (two := _TWO_WORDS_BEFORE.search(text, max(0, at - 60), at)):
            words = _words_at(text, two.start(), 2)
            if len(words) == 2 and all(w.kind in ("name", "weak", "unknown") and w.english < _WEAK_EN for w in words):
                out.append(two.span())
        at = text.find(" from ", at + 6)
    for end in contacts:
        gap = _SPACES.match(text, end)
        words = _words_at(text, gap.end(), 3) if gap else []
        if len(words) < 2 or words[0].folded not in given or words[0].style != "lower" or words[0].english >= _WORD_EN:
            continue  # "chance", "soon", "ward": given names, but everyday words first
        rest = [w for w in words[1:] if w.style == "lower" and w.kind in ("name", "weak", "unknown") and w.english < _WEAK_EN]
        if rest and words[1] is rest[0]:
            tail = rest[:2] if len(rest) > 1 and words[2] is rest[1] else rest[:1]
            out.append((words[0].start, tail[-1].end))
    return out


# Round 27: a form read aloud into a voice note, its labels spoken without their colons and the transcript in lower
# case ("nom isaure borbihan date de naissance ...", "name kofi mensah phone ..."): the name field's label, then the
# words up to the next field's label are the name (two or three name-like words; an everyday word ends the run).
_DICTATED_NAME_LABEL = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:(?:full[ \t]+)?name|nom(?:[ \t]+complet)?|nombre(?:[ \t]+completo)?|nome(?:[ \t]+completo)?|"
    r"naam|vor-?[ \t]?und[ \t]+nachname)[ \t]+(?:(?i:is|est|es|è|ist|é)[ \t]+)?(?=\p{Ll})")
_DICTATED_NEXT_FIELD = regex.compile(
    r"[ \t,]+(?:(?i:euh|heu|uh|um|erm|bon|alors|ok|okay|so|then|and|et|y|e|und|dann|en)[ \t,]+)?(?i:date[ \t]+of[ \t]+birth|dob|born|birthday|date[ \t]+de[ \t]+naissance|n[ée]e?[ \t]+le|"
    r"fecha[ \t]+de[ \t]+nacimiento|data[ \t]+di[ \t]+nascita|data[ \t]+de[ \t]+nascimento|geburtsdatum|geboren|"
    r"geboortedatum|iban|bic|phone|tel|t[ée]l[ée]phone|t[ée]l|mobile|portable|handy|cell|email|e-mail|courriel|correo|"
    r"address|adresse|direcci[óo]n|indirizzo|endere[çc]o|adres|passport|passeport|pasaporte|ssn)(?![\p{L}\p{M}])")


def _dictated_names(text: str) -> list[tuple[int, int]]:
    """See _DICTATED_NAME_LABEL: the lower-case words between a spoken name label and the next field's label."""
    out = []
    for match in islice(_DICTATED_NAME_LABEL.finditer(text), 64):
        words = _words_at(text, match.end(), 3)
        for n in (2, 3):
            span = _cued_span(words[:n], lone_unknown=False, lower=True, lower_any=True)
            if len(words) >= n and span == (words[0].start, words[n - 1].end) and _DICTATED_NEXT_FIELD.match(text, span[1]):
                out.append(span)
                break
    return out


# Whom to call, then the number to call them on: "Please call Hope on 503-271-1173", "ruf Lea unter 0171 ...",
# "appelle Jade au 06 ...": a capitalised word there is a person, even one that is also an everyday word.
_CALL_THEN_NUMBER = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:call|text|ring|phone|message|whatsapp|sms|ruf|rufe|anrufen|appelle|appeler|llama|llamar|"
    r"chiama|chiamare|bel|ligue|ligar|zadzwoń[ \t]+do|позвони)[ \t]+(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?)"
    r"[ \t]+(?i:on|at|unter|au|al|op|pod|no|на|:)?[ \t]*(?=[+(]?\d[\d \t().-]{5,}\d)")
# A name, then its owner's e-mail address in brackets: "Romain (romain3364@free.fr)", "Ana Ruiz <aruiz@x.org>".
_NAME_THEN_ADDRESS = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?)[ \t]*"
                                   r"[(<\[][ \t]*([\p{L}\p{N}._+-]{1,64})@")


def _with_own_address(text: str) -> list[tuple[int, int]]:
    """One or two capitalised words right before an e-mail address in brackets whose local part holds one of them
    (four letters or more, accents folded): a person and their own address, however unlisted the name."""
    out = []
    for match in _NAME_THEN_ADDRESS.finditer(text):
        local = fold_token(match.group(2))
        words = match.group(1).split()
        owns = [len(w) >= 4 and fold_token(w)[:4] in local for w in words]
        if not any(owns):
            continue
        start, end = match.span(1)
        if len(words) == 2 and not owns[0] and not is_name_word(words[0]):
            start = end - len(words[1])  # "Ask Wiremu [wiremu.p@...]": a verb before the name
        out.append((start, end))
    return out


def _mentions(text: str) -> list[tuple[int, int]]:
    """"@mariana.cerqueira" (a handle whose parts read as a name, as _handles judges one) and "@Keoni
    Nakoa" (a display name of two or more name-like words)."""
    out = []
    for match in _MENTION.finditer(text):
        at = match.end()
        handle = _MENTION_HANDLE.match(text, at)
        if handle and _name_parts(handle.group(1)):
            out.append(handle.span(1))
            continue
        words = _words_at(text, at, 3)
        span = _cued_span(words, lone_unknown=False, lower=False)
        if span and (span[1] > words[0].end or words[0].kind in ("name", "weak")):
            out.append(span)
    return out


def _name_parts(handle: str) -> bool:
    """A handle's parts read as a name: one a listed name that is no frequent word, or every part listed, and
    none an everyday English word ("save_note", "crm-lookup" are tools)."""
    kinds = [(d[1], d[6]) for p in _HANDLE_SPLIT.split(handle) if len(p) > 1 for d in [_describe(p)]]
    return bool(kinds) and not any(kind == "word" and english >= _WEAK_EN for kind, english in kinds) and (
        any(kind == "name" for kind, _ in kinds) or len(kinds) > 1 and all(kind in ("name", "weak") for kind, _ in kinds)
        or len(kinds) > 1 and all(kind in ("name", "weak", "unknown") and english < _IN_ENGLISH
                                  for kind, english in kinds))  # "rangi.parata": names of traditions the table lacks


def _addressees(text: str) -> list[tuple[int, int]]:
    """Two or more capitalised name-like words (or an initial and one) after a foreign addressee preposition or
    before a postposition ("pentru Tama Tawhai", "Wulandari részére"), not opening a sentence."""
    out = []
    for match in _CAPITALISED_PAIR.finditer(text):
        start = match.start()
        before = text[max(0, start - 12):start]
        if _ADDRESSEE_BEFORE.search(before) or _ADDRESSEE_AFTER.match(text, match.end()) or (
                _GERMAN_AN.search(before) and _german_sentence(text, start, match.end())):
            words = _words_at(text, start, 4)
            span = _cued_span(words, lone_unknown=bool(_ADDRESSEE_AFTER.match(text, match.end())), lower=False)
            if span and (span[1] > words[0].end or _ADDRESSEE_AFTER.match(text, span[1])):
                out.append(span)
    return out


_CAPITALISED_PAIR = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:\p{Lu}\.[ \t]+)*\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)*")
# A name spelled out letter by letter: "F-E-D-E-R-I-C-A  S-A-N-T-A-N-G-E-L-O", "m.a.r.t.a" (letters joined by
# '-' or '.'; letters between spaces read as initials or prose too often).
_SPELLED = regex.compile(r"(?<![\p{L}\p{N}])\p{L}(?:[-.][ \t]?\p{L}){2,}(?![\p{L}\p{N}])")
_LETTERS_ONLY = regex.compile(r"[^\p{L}]")
_SPELLED_GATE = re.compile(r"(?<![^\W\d_])[^\W\d_][-.] ?[^\W\d_][-.] ?[^\W\d_](?![^\W\d_])")
_SPELL_CUE = regex.compile(r"(?i:spell\w*|name|called|named)\b[^.!?\n]{0,40}$")


def _spelled_names(text: str) -> list[tuple[int, int]]:
    """Letter-by-letter spellings that, joined, read as a name: two spelled words making a run _is_name
    accepts, or one spelled listed name after a spelling cue ("spelled her name as ...")."""
    spelled: list[regex.Match[str]] = []
    for hit in _SPELLED_GATE.finditer(text):  # three single letters joined by '-' or '.': rare in prose
        if (not spelled or hit.start() >= spelled[-1].end()) and (match := _SPELLED.match(text, hit.start())):
            spelled.append(match)
    out = []
    for i, match in enumerate(spelled):
        word = _LETTERS_ONLY.sub("", match.group())
        if len(word) < 3:
            continue
        described = _describe(word.capitalize())
        if described[1] not in ("name", "weak", "unknown"):
            continue
        nxt = spelled[i + 1] if i + 1 < len(spelled) else None
        joined = f"{word.capitalize()} {_LETTERS_ONLY.sub('', nxt.group()).capitalize()}" if nxt else ""
        if nxt and _SPACES.fullmatch(text[match.end():nxt.start()]) and name_runs(joined) == [(0, len(joined))]:
            out.append((match.start(), nxt.end()))
        elif described[1] == "name" and _SPELL_CUE.search(text, max(0, match.start() - 60), match.start()):
            out.append(match.span())
    return out


class NameModelRecognizer(LocalRecognizer):
    """PERSON wherever a run of tokens reads as a name by the table's evidence (module docstring):
    no cue word or structure needed. Runs in the pattern pass: one regex scan and a dict lookup
    per word."""

    def __init__(self, supported_language: str = "en", never: frozenset[str] = frozenset(),
                 given: frozenset[str] = frozenset()) -> None:
        self.never, self.given = never, given
        super().__init__(supported_entities=["PERSON"], supported_language=supported_language,
                         name="NameModelRecognizer")

    def load(self) -> None:
        name_lexicon()

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        cued = cued_names(text, self.given)
        return [self._result(a, b, self.name, 0.7) for a, b in name_runs(text, self.never, self.given)] + [
            self._result(a, b, CUED_RECOGNIZER, 0.75) for a, b in cued] + [
            self._result(a, b, self.name, 0.72) for a, b in _tagalog_named(text)] + [  # a figure's surname stays clean
            self._result(a, b, self.name, 0.72) for a, b in _spaced_han_names(text)]

    def _result(self, start: int, end: int, name: str, score: float) -> RecognizerResult:
        """A finding; `name` CUED_RECOGNIZER for a name a cue marked (scored above the same span's
        lexicon finding, so presidio's de-duplication keeps the cued one)."""
        explanation = AnalysisExplanation(recognizer=name, original_score=score,
                                          textual_explanation="tokens read as a name (name lexicon)")
        return RecognizerResult("PERSON", start, end, score, analysis_explanation=explanation, recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})


# --- How people write about the famous and about things named after people (pii.py asks: things first,
# the famous after its private-person cues "my", "our", ...). Each rule is a way of writing, not a list.
# A title held by one person at a time, or by royalty: "King Harald", "Empress Wu", "Senator Ruiz".
_OFFICE_BEFORE = regex.compile(
    r"(?<!\b(?:Vice|Deputy|Assistant|Associate|Student|Class|Club)[ \t])\b(?:King|Queen|Emperor|Empress|Pope|Tsar|"
    r"Tsarina|Czar|Pharaoh|Sultan|Shah|Kaiser|Prince|Princess|Archduke|Archduchess|Grand[ \t]+Duke|Senator|"
    r"President|Prime[ \t]+Minister|Chancellor|Ayatollah|Caliph|Khan|Emir|Maharaja|Maharani|Shogun|Lord|Lady|"
    # round 30 (mogote): the prelates of the churches (not "Patriarch": "the family Patriarch X" is a grandfather), and a bishop's style ("the Rt Revd Dr X", "the Most Revd X"):
    # one holder of a see at a time, named in that role
    r"Archbishop|Cardinal|Bishop|(?:Rt|Most|Right|Very)\.?[ \t]+(?:Revd|Rev\.?|Reverend)"
    r"(?:[ \t]+(?:Dr|Prof|Canon)\.?)?)[ \t]+$")
# Round 23: an office of public supervision before the name, as its holder is written in their public role: a
# commissioner ("Data Protection Commissioner X", "Information Commissioner X", "EU Commissioner X"), an ombudsman,
# the European Data Protection Supervisor, Germany's federal and state commissioners for data protection
# ("Bundesbeauftragte X", "Landesdatenschutzbeauftragter X"), and the chair or head of a named data-protection
# authority ("CNIL president X", "EDPB Chair X", "la présidente de la CNIL X"). Not an organisation's own officer:
# "Data Protection Officer X", "unsere Datenschutzbeauftragte X" (a company's DPO is a private person's contact).
_DP_AUTHORITIES = (r"EDPB|EDPS|CNIL|AEPD|ICO|UODO|BfDI|DPC|ANPD|CNPD|IMY|APD|GBA|FTC|OPC|OAIC|PIPC|Garante(?:[ \t]+privacy)?|"
                   r"Datatilsynet|Datainspektionen|Tietosuojavaltuutettu|Autoriteit[ \t]+Persoonsgegevens|"
                   r"European[ \t]+Data[ \t]+Protection[ \t]+(?:Board|Supervisor)|Information[ \t]+Commissioner['’]s[ \t]+Office|"
                   r"Data[ \t]+Protection[ \t]+(?:Commission|Authority)|Federal[ \t]+Trade[ \t]+Commission|"
                   r"Agencia[ \t]+Española[ \t]+de[ \t]+Protección[ \t]+de[ \t]+Datos|"
                   r"Commission[ \t]+nationale[ \t]+de[ \t]+l['’]informatique[ \t]+et[ \t]+des[ \t]+libertés")
_DP_HEADS = (r"president|chair(?:person|woman|man)?|head|director|commissioner|pr[ée]sidente?|presidente?|presidenta|"
             r"directora?|directeur|directrice|vorsitzende[rn]?|leiter(?:in)?|prezes|voorzitter|ordf[øo]rande|"
             r"generaldirekt[øo]r")
_SUPERVISORY_OFFICE_BEFORE = regex.compile(
    r"(?<!\b(?:Vice|Deputy|Assistant|Associate|Student|Class|Club)[ \t])\b(?:"
    r"(?:[\p{Lu}][\p{L}-]*[ \t]+){1,3}Commissioner|Ombuds(?:man|person|mann|frau)|"
    r"European[ \t]+Data[ \t]+Protection[ \t]+Supervisor|"
    r"(?:Bundes|Landes)(?:datenschutz)?beauftragte[rn]?(?:[ \t]+f[üu]r[ \t]+(?:den[ \t]+)?Datenschutz"
    r"(?:[ \t]+und[ \t]+(?:die[ \t]+)?Informationsfreiheit)?)?|"
    rf"(?i:(?:{_DP_AUTHORITIES})(?:['’]s)?[ \t]+(?:{_DP_HEADS})|"
    rf"(?:the[ \t]+|la[ \t]+|le[ \t]+|el[ \t]+|il[ \t]+|der[ \t]+|die[ \t]+)?(?:{_DP_HEADS})[ \t]+(?:of|de|du|der|des|del|della|"
    rf"dell['’]|van)[ \t]+(?:(?:the|la|l['’]|el|il|le)[ \t]*)?(?:{_DP_AUTHORITIES})))[ \t]*,?[ \t]+$")
# The same offices as an apposition right after the name ("X, the Federal Data Protection Commissioner,", "X (EDPS)",
# "X, Chair of the EDPB", "X, présidente de la CNIL").
_SUPERVISORY_OFFICE_AFTER = regex.compile(
    r"[ \t]*(?:\(|,|[–—]|-[ \t])[ \t]*(?:(?:the|der|die|le|la|l['’]|el|il|former|then|ehemalige[rn]?|ancienne?)[ \t]+){0,2}(?:"
    r"(?:[\p{L}-]+[ \t]+){0,4}?(?i:commissioner|ombuds(?:man|person|mann|frau))|"
    r"(?i:european[ \t]+data[ \t]+protection[ \t]+supervisor|(?:bundes|landes)(?:datenschutz)?beauftragte[rn]?)|"
    rf"(?i:(?:{_DP_HEADS})[ \t]+(?:of|de|du|der|des|del|della|dell['’]|van)[ \t]+(?:(?:the|la|l['’]|el|il|le)[ \t]*)?"
    rf"(?:{_DP_AUTHORITIES}))|(?:{_DP_AUTHORITIES})[ \t]*\))(?![\p{{L}}\p{{M}}])")
# What makes an officeholder's mention private (their home, their own line, their family, their health; one's own
# relation): the office then names a private person's data.
_PRIVATE_OF_OFFICE = regex.compile(
    r"(?i:(?<![\p{L}])(?:neighbou?r|lives|living|home|private|personal|mobile|cell|born|birthday|date\s+of\s+birth|dob|"
    r"wife|husband|daughter|son|sister|brother|mother|father|mum|mom|dad|parents|girlfriend|boyfriend|fianc[ée]e?|"
    r"s(?:œ|oe)ur|fr[èe]re|schwester|bruder|hermana|hermano|sorella|fratello|fille|fils|voisin\w*|sohn|tochter|"
    r"nachbar\w*|hij[oa]|vecin[oa]|esposa|figli[oa]|moglie|marito|vicin[oa]|filh[oa]|marido|vizinh[oa]|buurman|"
    r"buurvrouw|zoon|dochter|s[ąa]siad\w*|c[óo]rka|[żz]ona|m[ąa][żz]|mijn|onze|mio|mia|nostr[oa]|meu|minha|noss[oa]|"
    r"m[óo]j|moja|nasz\w*|"
    r"leaked|diagnos\w*|patient|my|our|mein\w*|unser\w*|privat\w*|mon|ma|mes|notre|mi|"
    r"nuestr[oa]s?|privad[oa]|priv[ée]e?)(?![\p{L}]))")


# Round 28's review: a private life told about the person named (their health and mental health, an addiction, a
# pregnancy, their sexuality or faith, their marriage, an arrest or a record, their immigration status, abuse, their
# debts, a confidence about them): whatever public role the text gives them, the name then carries
# special-category or confidential data, so no rule that clears a public role may clear it (office holders, legacies,
# eponyms, a pastiche's cast). Predicates, not topics: "has cancer", "her stroke", "in rehab since", not "a cancer
# screening unit" or "a hearing on rehab services" (a health minister's public business). ~12 languages.
_CONDITION = (r"(?:\p{L}*(?:cancer|krebs|kanker|c[áa]ncer|cancro|tumou?r|tumore)\p{L}*|raka?|leuk(?:a)?emia|lymphoma|"
              r"hiv|aids|sida|dementia|demenz|d[ée]mence|demencia|alzheimer['’]?s?|parkinson['’]?s?|depress\p{L}*|"
              r"depresi\p{L}*|depresj\p{L}*|bipolar\p{L}*|stroke|heart[ \t]+attack|diabetes|epilep\p{L}*|"
              r"schizophren\p{L}*|esquizofren\p{L}*|anorexi\p{L}*|bulimi\p{L}*|addiction|breakdown|miscarriage|"
              r"crohn['’]?s|multiple[ \t]+sclerosis|ptsd|burn-?out|autis\p{L}*|adhd)")
_PRIVATE_LIFE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:"
    # a condition after a verb that gives it to the person ("has", "suffers from", "leidet an", "soffre di", "ma")
    rf"(?:has|had|have|got|diagnosed[ \t]+with|battling|suffer(?:s|ing)?[ \t]+from|struggling[ \t]+with|living[ \t]+with|"
    rf"treated[ \t]+for|dying[ \t]+of|died[ \t]+of|hat|a[ \t]+une?|tiene|ha|heeft|tem|leidet[ \t]+an|"
    rf"atteinte?[ \t]+d['’]une?|enferm[oa][ \t]+de|souffre[ \t]+d['’]une?|souffre[ \t]+de|sufre(?:[ \t]+de)?|"
    rf"soffre[ \t]+di|sofre[ \t]+de|lijdt[ \t]+aan|choruje[ \t]+na|ma)[ \t]+(?:[\p{{L}}-]+[ \t]+){{0,2}}{_CONDITION}|"
    rf"(?:his|her|their|sein\p{{L}}*|ihr\p{{L}}*|sa|son|su|sua|zijn|haar)[ \t]+(?:[\p{{L}}-]+[ \t]+)?(?:{_CONDITION}|"
    r"chemo\p{L}*|diagnosis|illness|pregnancy|divorce|arrest|overdose|affair|debts|sexuality|rehab|therapist|"
    r"psychiatrist|medication)|"
    # treatment, care, mental health, addiction; a stay in hospital (round 33: "was admitted to hospital with a stroke")
    r"(?:admitted|rushed|taken)[ \t]+(?:to[ \t]+)?(?:the[ \t]+)?(?:hospital|a&e|icu|intensive[ \t]+care)|hospitali[sz]ed|"
    r"(?:been|is|was|went|gone|going|checked|back|sits?|ist|est|est[áa])[ \t]+(?:in|into|to|im|en)[ \t]+"
    r"(?:rehab|entzug|d[ée]sintox\p{L}*|rehabilitaci[óo]n)|"
    r"(?:starts?|started|starting|on|having|after|finished|during)[ \t]+chemo\p{L}*|"
    r"hiv[ \t-]+positi\p{L}*|s[ée]ropositi\p{L}*|sieropositiv\p{L}*|seropositiv\p{L}*|terminally[ \t]+ill|"
    r"antidepress\p{L}*|antiretrovir\p{L}*|psychiatrist|psychiater|psychiatre|psiquiatra|psichiatra|"
    r"psychiatric[ \t]+ward|in[ \t]+der[ \t]+psychiatrie|sectioned|signed[ \t]+off[ \t]+(?:sick|with)|"
    r"suicid\p{L}*|suizid\p{L}*|kill(?:ed)?[ \t]+(?:him|her|them)sel(?:f|ves)|das[ \t]+leben[ \t]+nahm|"
    r"alcoholi\p{L}*|alkoholi\p{L}*|alkoholkrank|alco[óo]lic\p{L}*|alcoh[óo]lic\p{L}*|alcolizzat\p{L}*|alcolista|"
    r"alcoolique|addicted|s[üu]chtig|verslaafd|uzale[żz]ni\p{L}*|overdos\p{L}*|"
    # pregnancy
    r"(?:is|was|she['’]s)[ \t]+pregnant|expecting[ \t]+a[ \t]+baby|schwanger|enceinte|embarazada|incinta|zwanger|"
    r"gr[áa]vida|w[ \t]+ci[ąa][żz]y|ivf|in[ \t-]vitro|fertility[ \t]+treatment|kinderwunschbehandlung|abortion|abtreibung|avortement|aborto|fausse[ \t]+couche|miscarri\p{L}*|"
    # sexuality, gender, religion
    r"(?:is|was|being|he['’]s|she['’]s|ist|est|es|è|é)[ \t]+(?:secretly[ \t]+|heimlich[ \t]+)?(?:gay|lesbian|lesbisch|"
    r"bisexual\p{L}*|trans|transgender|queer|schwul|homosexu\p{L}*|omosessuale)|lesbienne|lesbiana|lesbica|l[ée]sbica|"
    r"lesbij\p{L}*|non-binary|(?:came|coming|come)[ \t]+out[ \t]+(?:as|to)|converted[ \t]+to|jehovah['’]s[ \t]+witness|"
    # marriage and love
    r"(?:had|having|has)[ \t]+an[ \t]+affair|divorc\p{L}*|scheidung|separat(?:ed|ing)[ \t]+from|cheat(?:ed|ing)[ \t]+on|"
    r"aff[äa]re|in[ \t]+a[ \t]+relationship[ \t]+with|"
    # the law, immigration, abuse
    r"arrested|(?:was|been|got|is)[ \t]+charged[ \t]+with|convicted|criminal[ \t]+record|vorbestraft|verhaftet|"
    r"festgenommen|arr[êe]t[ée]e?|casier[ \t]+judiciaire|detenid[oa]|antecedentes[ \t]+penales|arrestat[oa]|"
    r"precedenti[ \t]+penali|gearresteerd|strafblad|cadastro[ \t]+criminal|registo[ \t]+criminal|aresztowan\p{L}*|"
    r"on[ \t]+bail|in[ \t]+custody|undocumented|sans[ \t-]papiers|situaci[óo]n[ \t]+irregular|clandestin\p{L}*|"
    r"illegaal|aufenthaltstitel|aufenthaltserlaubnis|nielegaln\p{L}*|abused|missbraucht|maltratad\p{L}*|"
    r"maltrattat\p{L}*|"
    # money
    r"bankrupt\p{L}*|in[ \t]+debt|debts|owes|deudas|schulden|dettes|surendett\p{L}*|d[íi]vidas|debiti|d[łl]ugi|"
    r"schuldsanering|bailiffs|"
    # a confidence
    r"told[ \t]+me|confided|confi[óo]|confiou|confidato|confi[ée]|vertelde[ \t]+me|zwierzy[łl]\p{L}*|w[ \t]+zaufaniu|"
    r"in[ \t]+confidence|off[ \t]+the[ \t]+record|between[ \t]+you[ \t]+and[ \t]+me|"
    r"(?:stays?|keep[ \t]+it|bleibt|reste|queda|rimane|fica)[ \t]+(?:[\p{L}]+[ \t]+)?(?:between[ \t]+us|unter[ \t]+uns|"
    r"entre[ \t]+nous|entre[ \t]+nosotros|tra[ \t]+noi|entre[ \t]+n[óo]s)|"  # not "split the bills between us"
    r"im[ \t]+vertrauen|en[ \t]+confianza|m['’]a[ \t]+dit|me[ \t]+(?:dijo|cont[óo]u?)|"
    r"contou-me|mi[ \t]+ha[ \t]+detto|hat[ \t]+mir[ \t]+(?:erz[äa]hlt|gesagt)|nobody[ \t]+(?:may|must|can|should)[ \t]+know|"
    r"personne[ \t]+ne[ \t]+le[ \t]+sait|don['’]t[ \t]+tell"
    r")(?![\p{L}\p{M}]))")
_PRIVATE_LIFE_REACH = 300  # characters each way: the sentence about the person and the next one


@per_scan  # asked up to four times per candidate (office, famous, legacy, life dates): judged once per scan
def private_life_near(text: str, start: int, end: int, statements: bool = True) -> bool:
    """A private life's words (_PRIVATE_LIFE) within _PRIVATE_LIFE_REACH characters of the name at [start, end).
    Without `statements`, not the words of a statement the name makes right after it (round 37, felsenmeer: 'the
    police spokesperson X said: "... A 38-year-old man was arrested ..."' tells of somebody else's arrest)."""
    hi = min(len(text), end + _PRIVATE_LIFE_REACH)
    if not statements and (said := _STATEMENT_AFTER.match(text, end)) is not None:
        close = _QUOTE_CLOSE.search(text, said.end(), hi)
        return _PRIVATE_LIFE.search(text, max(0, start - _PRIVATE_LIFE_REACH), start) is not None or (
            close is not None and _PRIVATE_LIFE.search(text, close.end(), hi) is not None)
    return _PRIVATE_LIFE.search(text, max(0, start - _PRIVATE_LIFE_REACH), hi) is not None


# A statement the name makes, opened right after it: 'X said: "', "X told reporters: «", "X erklärte: „"
_STATEMENT_AFTER = regex.compile(r"(?:,[^,\n]{1,60},)?[ \t]+(?i:said|says|stated|states|added|told[ \t]+[\p{L} ]{1,30}|"
                                 r"announced|explained|erkl[äa]rte|sagte|a[ \t]+d[ée]clar[ée]|declar[óo]|dichiar[òo]|"
                                 r"verklaarde|zei)[ \t]*[:,]?[ \t]*[\"“„«「『]")
_QUOTE_CLOSE = regex.compile(r"[\"”“»」』]")


def _private_in_sentence(text: str, start: int, end: int) -> bool:
    """A private cue (_PRIVATE_OF_OFFICE) in the sentence around [start, end), 200 characters each way at most."""
    lo, hi = max(0, start - 200), min(len(text), end + 200)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, start)]
    lo = breaks[-1] if breaks else lo
    after = _SENTENCE_BREAK.search(text, end, hi)
    hi = after.start() if after else hi
    return _PRIVATE_OF_OFFICE.search(text, lo, hi) is not None


# Storms and ships take people's names: "Hurricane Katrina", "Storm Ciarán", "HMS Victory", "RMS Queen Mary".
_VESSEL_OR_STORM_BEFORE = regex.compile(
    r"\b(?:Hurricane|Typhoon|Cyclone|Storm|Tropical[ \t]+Storm|Super[ \t]+Typhoon|HMS|USS|RMS|SS|MV|HMAS|HMCS|"
    r"HMNZS|INS|FGS|MSC|CMA[ \t]+CGM|COSCO|M/V|MT|the[ \t]+ship|the[ \t]+yacht|the[ \t]+liner)[ \t]+$")
# A row of a manifest or a catalogue opens with a container number (ISO 6346: owner code, "U", 7 digits) or a product
# code ("SKU-49120"): the capitalised names in its cells are vessels, models and products.
_THING_ROW = regex.compile(r"[ \t\"']*(?:[A-Z]{3}[UJZ][ \t]?\d{6}[ \t]?\d|(?:SKU|ART|PRD|ITEM)[-_ ]?\d{3,})[ \t\"']*[,;\t|]")
# "a novel by X", "the film directed by X", "named after X", "the reign of X": the author of a work, a
# namesake, a ruler. (Not "founded by X": clubs and shops are founded by private people too.)
_WORK_BY_BEFORE = regex.compile(
    r"(?i:\b(?:novels?|poems?|poetry|songs?|albums?|films?|movies?|paintings?|symphon(?:y|ies)|operas?|sonnets?|"
    r"sculptures?|concertos?|novellas?|trilog(?:y|ies)|plays|musicals?|sonatas?|ballets?|fugues?|masterpieces?|"
    r"best-?sellers?|classics?)[ \t]+(?:[\p{L}\p{N}'’\"“”:,-]+[ \t]+){0,6}by|\bnamed[ \t]+(?:after|for)|"
    r"\bthe[ \t]+(?:reign|presidency|administration|era|dynasty|court|age|works|music|poetry|paintings|novels|"
    r"films|teachings|theories|discoveries)[ \t]+of)[ \t]+$")
# Round 41 (arroyo): a scholar's reference mark before a name ("cf. X on attachment", "vgl. X", "cfr. X"): an author
# cited. (URL-encoded text writes the space as "+".)
_CITED_BEFORE = regex.compile(r"(?<![\p{L}])(?:cf|vgl|cfr|ср|zob|jf)\.[ \t+]+$")
# Round 41 (rill): the text says the name is an invented character right after it ("X (moot-court problem character)",
# "X (fictional character)", "X (a hypothetical client)"): a teaching problem's or a story's person.
_FICTION_MARK_AFTER = regex.compile(
    r"[ \t]*\((?i:(?:an?|the)[ \t]+)?(?i:(?:[\p{L}-]+[ \t]+){0,3}?(?:fictional|fictitious|invented|made-up|hypothetical|"
    r"moot-?court|imaginary)(?:[ \t]+[\p{L}-]+){0,3}|(?:[\p{L}-]+[ \t]+){0,2}problem[ \t]+character)\)")
# Round 41 (gour): a work named after its author ("Is the X collected edition (ISBN ...) available?", "X's complete
# works", "die gesammelten Werke von X" reads before the name through _WORK_BY_BEFORE's "works of"): a library's copy
# of an author's edition, the author in a public role.
_COLLECTED_WORKS_AFTER = regex.compile(
    r"(?:['’]s?)?[ \t]+(?i:(?:collected|complete|selected|annotated|critical)[ \t]+(?:editions?|works|letters|poems|"
    r"writings|papers|stories|plays)|(?:gesammelte|sämtliche|ausgewählte)[ \t]+werke|œuvres[ \t]+compl[èe]tes|"
    r"opere[ \t]+complete|obras[ \t]+completas)(?![\p{L}])")
# Round 41 (gour): the sitter of an artwork in a collection's record, written with the work's medium after it
# ("portrait of X, oil on panel", "bust of X, marble", "Bildnis X, Öl auf Leinwand"): a catalogue entry, whoever the
# sitter was. Without the medium ("a portrait of X for her birthday") the rule says nothing; a possessive before the
# name ("portrait of my wife X, oil on canvas") is ruled out by the caller's private cues.
_ARTWORK_OF_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}])(?:portrait|bust|statue|effigy|likeness|miniature|study|head|figure|equestrian[ \t]+statue|"
    r"bildnis|porträt|portr[ée]t|ritratto|retrato|busto|statua|estatua|buste)[ \t]+(?:of|von|de|di|du|des)?[ \t]*)$")
_ARTWORK_MEDIUM_AFTER = regex.compile(
    r"[ \t]*[,(;–—-][ \t]*(?:c\.[ \t]*\d{4}[ \t]*,[ \t]*)?(?i:oil|tempera|watercolou?r|gouache|pastel|charcoal|"
    r"graphite|pencil|ink|acrylic|fresco|bronze|marble|terracotta|plaster|alabaster|etching|engraving|lithograph|"
    r"woodcut|mezzotint|albumen[ \t]+print|gelatin[ \t]+silver|daguerreotype|öl|olio|óleo|huile)(?![\p{L}])")
# "X directed Parasite", "X painted the Mona Lisa" (a work's title follows), "X won the Nobel Prize",
# "X's symphonies", "X's reign". Not "ruled": judges rule on private people's cases.
# Round 18: a birth year or a lifespan before 1900 right after the name ("Piri Reis — born c. 1465", "REIS, Piri
# (c. 1465)", "(1465–1554)", "geb. um 1642", "né vers 1432"): a person born that long ago is a historical one (a
# private person's date of birth is 1900 or later). A year alone ("(1850)") needs "born", "c." or a second year.
_LONG_AGO_YEAR = r"(?:1[0-8]\d\d|[1-9]\d{2})(?!\d)"
_LONG_AGO_AFTER = regex.compile(
    r"[ \t]*(?:[,;:—–-]+[ \t]*)?[(\[]?[ \t]*(?:"
    r"(?i:born|b\.|geb(?:oren|\.)|n[ée]e?|nacid[oa]|nat[oa]|nascid[oa]|urodzon[ay]|родил(?:ся|ась)|fl\.|floruit|"
    # round 24: obituaries' and family histories' birth words in more languages ("нар. 1880", "נולד/ה 1853",
    # "doğum 1843", "født 1868", "född 1840", "syntynyt 1850", "γενν. 1865", "مواليد 1822", "р. 1870")
    r"нар\.|народ(?:ився|илася)|נולד(?:ה|/ה)?|do[ğg]um|do[ğg]du|f[øo]dt|f[öo]dd|syntynyt|s\.|γενν\.|γεννήθηκε|"
    r"(?:ال)?مواليد|ولد(?:ت)?|р\.|род\.)"
    # a gender slash or bracket ("nato/a", "nascido(a)") and a preposition ("nascido/a em", "né en", "nato nel")
    r"(?:/[ao]|\([ao]\)|\(e\))?(?:[ \t]+(?i:em|en|el|il|nel|le|am|op|i|w|в))?"
    r"[ \t]*(?:(?i:c\.|ca\.|circa|um|vers|hacia|около|in)[ \t]*)?" + _LONG_AGO_YEAR +
    r"|(?i:c\.|ca\.|circa)[ \t]*" + _LONG_AGO_YEAR +
    r"|" + _LONG_AGO_YEAR + r"[ \t]*[–—-][ \t]*(?:c\.[ \t]*)?(?:1[0-9]\d\d|[1-9]\d{2})(?!\d))")
# Round 24 (isthmus): a death, burial or proved will before 1900 right after the name, an occupation or a parish
# between ("Will of X, yeoman, proved 1707", "X, weaver, d. 1843", "X (bur. 1790)", "X † 1866", "X, gest. 1871"):
# somebody dead that long ago is a historical person as one born that long ago is.
_DIED_LONG_AGO_AFTER = regex.compile(
    r"[ \t]*(?:,[ \t]*(?:\p{Ll}[\p{L}\p{M}'-]*[ \t]*){1,3})?[ \t]*[,;(\[]?[ \t]*"
    r"(?i:(?:will[ \t]+)?proved|probate(?:[ \t]+granted)?|died|d\.|bur(?:ied|\.)|†|gest(?:orben|\.)|"
    r"d[ée]c[ée]d[ée]e?|mort[oa]?|fallecid[oa]|falecid[oa]|zm\.|zmar(?:ł|ła)|умер(?:ла)?|пом(?:ер|ерла|\.))"
    r"[ \t]*(?:(?i:in|en|em|il|nel|c\.|ca\.|um)[ \t]*)?" + _LONG_AGO_YEAR)
# Round 24 (isthmus): a GEDCOM individual's NAME line whose record ("0 @I3@ INDI" up to the next level-0 line) dates
# the birth before 1900 ("1 BIRT" / "2 DATE ABT 1855"), or, with no birth date, the death before 1900: an ancestor, a
# historical person as _LONG_AGO_AFTER's. A living relative's record (born 1990, or no dates) in the same tree is not.
_GEDCOM_NAME_LINE = regex.compile(r"[ \t]*\d[ \t]+NAME[ \t]+")
_GEDCOM_EVENT_YEAR = regex.compile(r"(?m)^[ \t]*1[ \t]+(BIRT|DEAT)\b[^\n]{0,40}(?:\n[ \t]*[2-9][ \t]+(?!DATE\b)[A-Z_]{3,5}\b"
                                   r"[^\n]{0,80}){0,3}\n[ \t]*2[ \t]+DATE[ \t]+[^\n]{0,40}?(?<!\d)(\d{3,4})(?!\d)")
_GEDCOM_RECORD = regex.compile(r"(?m)^[ \t]*0[ \t][^\n]*(?:\n(?![ \t]*0[ \t])[^\n]*)*")


@per_scan
def _gedcom_ancestor_names(text: str) -> frozenset[int]:
    """Where the NAME values of `text`'s GEDCOM ancestors start (see gedcom_ancestor): one pass over the records."""
    out: set[int] = set()
    for record in _GEDCOM_RECORD.finditer(text):
        years = {m.group(1): int(m.group(2)) for m in reversed(list(_GEDCOM_EVENT_YEAR.finditer(
            text, record.start(), record.end())))}
        year = years.get("BIRT", years.get("DEAT"))
        if year is None or year >= 1900:
            continue
        for line in regex.finditer(r"(?m)^[ \t]*\d[ \t]+NAME[ \t]+", text, pos=record.start(), endpos=record.end()):
            out.add(line.end())
    return frozenset(out)


def gedcom_ancestor(text: str, start: int) -> bool:
    """The name at `start` is a GEDCOM NAME line's of an individual born (or, undated birth, dead) before 1900."""
    # (the line's start looked for within a NAME tag's reach only: a text without line breaks is no GEDCOM, and a
    # search back to its start for every name was quadratic)
    line = text.rfind("\n", max(0, start - 24), start) + 1
    if (line == 0 and start > 24) or not _GEDCOM_NAME_LINE.fullmatch(text, line, start):
        return False
    return start in _gedcom_ancestor_names(text)


_DEED_AFTER = regex.compile(
    r"[ \t]+(?:(?:directed|painted|composed|sculpted|starred[ \t]+in)[ \t]+(?:the[ \t]+)?['\"‘“]?(?=\p{Lu})|"
    r"invented|pioneered|conquered|reigned|abdicated|"
    r"was[ \t]+(?:crowned|assassinated|canoni[sz]ed|knighted|elected[ \t]+president)|"
    r"won[ \t]+(?:the|an?|two|three|\d+)[ \t]+(?:\d{4}[ \t]+)?(?:Nobel|Pulitzer|Oscars?|Academy|Grammys?|Booker|"
    r"Fields|Turing|Ballon|World[ \t]+Cup|Olympic|Tony|Emmys?|Palme))\b"
    r"|['’]s[ \t]+(?:novels?|symphon(?:y|ies)|operas?|paintings?|sonnets?|films|filmography|discography|albums|"
    r"theory|theories|theorem|reign|presidency|administration|dynasty|era|expeditions?|voyages?|conquests?|"
    r"philosophy|poetry|plays|masterpiece|oeuvre|teachings|assassination|coronation|abdication)\b")
# "the Nobel Foundation", "the Goethe Institute", "Wembley Stadium": an institution, prize, building
# or place named after somebody (capitalised head right after the name, or the span's last word).
_NAMED_PLACE_HEADS = (r"Foundation|Prize|Award|Awards|Medal|Lecture|Fellowship|Scholarship|Institute|Institution|"
                      r"Museum|Gallery|Library|Stadium|Arena|Airport|Bridge|Tower|Theat(?:re|er)|Cathedral|Abbey|"
                      r"University|College|Observatory|Telescope|Crater|Glacier|Strait|Memorial|Monument|Center|"
                      r"Centre|Trophy|Cup|Festival|Boulevard|Avenue|Square|Park|Reservoir|Dam|Canal|Tunnel|"
                      r"Expressway|Highway|Hospital|Clinic|Conservatory|Collection|Estate|Palace|Castle|Mausoleum|House|"
                      r"Street|Road|Lane|Drive|Terrace|Crescent|Station|Mountains?|Lake|River|Bay|Islands?|Falls|Peak|"
                      r"Valley|Heights|Gardens|Quay|Wharf|Pier|Harbou?r|Beach|Forest|Trail|Pass|Glacier|Fjord|Canyon|"
                      # buildings of a campus or an office named after somebody ("Lovelace Building", "Curie
                      # Pavilion"); not "Hall" or "Wing", people's surnames too, nor "Room", "Suite" or "Lab", which
                      # follow a patient's or an addressee's name in a ward list or an address line ("Anna Weber Room 4")
                      r"Building|Buildings|Auditorium|Pavilion|Annexe?|Laborator(?:y|ies)|"
                      # round 33 (tinaja, caprock): organisations named by their trade word ("Harrowgate Biobank",
                      # "Stratix Screening", "Kettering Cohort Registry"); not "Banks", a surname
                      r"Biobank|Academy|Registry|Consortium|Society|Association|Council|Agency|Authority|Federation|"
                      r"Partnership|Cooperative|Co-operative|Labs|Bank|Screening|Recruitment|Staffing|Consulting|"
                      # round 34 (regolith): banks as their languages name them after the brand ("X Banca", "X
                      # Banque", "X Sparkasse")
                      r"Banca|Banque|Banco|Sparkasse|Bankhaus|Kasse|"
                      # streets, airports and feasts as Hindi, Turkish and US signs write them ("X Marg", "X Bulvarı",
                      # "X Caddesi", "X Havalimanı", "X Blvd", "X Jayanti": a birth anniversary's feast)
                      r"Blvd|Marg|Bulvar[ıi]|Caddesi|Soka[kğ]ı?|Havaliman[ıi]|Meydan[ıi]|Jayanti|"
                      # prizes and medals as Turkish writes them, the kind after the namesake ("X Ödülü", "X Hikâye
                      # Armağanı", "X Madalyası")
                      r"[ÖO]d[üu]l[üu]|[ÖO]d[üu]lleri|Armağan[ıi]|Armagan[ıi]|Madalyas[ıi]|Nişan[ıi]")
_NAMED_PLACE_AFTER = regex.compile(rf"[ \t]+(?:{_NAMED_PLACE_HEADS})\b")
_INSTITUTION_LAST = regex.compile(r"[ \t](?:Foundation|Institute|Institution|Museum|Gallery|Library|University|College|"
                                  r"Hospital|Clinic|Observatory|Conservatory|Center|Centre)$")
_NAMED_PLACE_LAST = regex.compile(rf"[ \t](?:{_NAMED_PLACE_HEADS})(?:['’]\p{{Ll}}+)?$")  # Turkish "...'ndan"
# What a list of names is cut into, and where it ends.
_LIST_SEP = regex.compile(r"[ \t]*(?:,|;|&|/|\band\b|\bor\b|\bvs\.?|\bversus\b|--|–|—)[ \t]*")
_LIST_END = regex.compile(r"[.!?:\n()\[\]{}¶]")
_CAPITALISED_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+(?:(?:de|da|del|della|van|von|der|den|di|du|"
                                 r"dos|bin|ibn|al|el|la|le)[ \t]+)*['‘\"]?\p{Lu}[\p{L}\p{M}'’.-]*['’\"]?)*")
# "the Obama administration", "the Meiji era", "the Tudor dynasty" (not "the Lopez family / case").
_PERIOD_AFTER = regex.compile(r"[ \t]+(?:administration|era|presidency|government|cabinet|dynasty|regime|doctrine|"
                              r"expedition|reforms?|restoration|revolution|period|years)\b")
_REGNAL_NUMBER = r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3})"
_REGNAL = regex.compile(rf"\p{{Lu}}\p{{Ll}}+[ \t]+{_REGNAL_NUMBER}")
_REGNAL_AFTER = regex.compile(rf"[ \t]+{_REGNAL_NUMBER}\b(?!\.[ \t]*[\p{{Ll}},;])")
# (round 30: not an initial, "pray for Ronilda V. who is recovering": a full stop the sentence runs on after)
# Dishes named after people: "a recipe for Beef Wellington", "how to make Eggs Benedict".
_DISH_BEFORE = regex.compile(r"(?i:\brecipes?[ \t]+(?:for|of)|\bhow[ \t]+(?:to|do[ \t]+I)[ \t]+(?:make|cook|bake)|"
                             r"\b(?:cook|bake)[ \t]+(?:a|an|the|some)?)[ \t]+(?:(?:a|an|the|some|classic|vegan|"
                             r"easy|quick)[ \t]+)*$")
_PLACE_BEFORE = regex.compile(r"\b(?:in|near|outside)[ \t]+$")
_REGION_AFTER = regex.compile(r",[ \t]+\p{Lu}\p{Ll}+(?![ \t]+\p{Lu})")
_THE_BEFORE = regex.compile(r"(?:^|[ \t(\"'])(?:the|The)[ \t]+$")
_NEXT_WORD = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}+)\b")


def _names_with_a_common_noun(text: str, end: int, value: str) -> bool:
    """The name's last word, or the capitalised word right after it, is an everyday word ("Plan",
    "House", "Doctrine"): "the <name> <Noun>" names a thing."""
    after = _NEXT_WORD.match(text, end)
    last = after.group(1) if after else value.split()[-1]
    return len(value.split()) + bool(after) >= 2 and _describe(last)[1] == "word"


_FOUNDING = regex.compile(r"(?i:\b(?:co-?)?found(?:ed|er|ers|ing|ress)\b|\bnamed[ \t]+(?:after|for)\b|\bnamesake\b)")


# A place's kind written before its name: "Schloss Charlottenburg", "Mount Kosciuszko", "Lago Maggiore".
_PLACE_HEAD = (r"Schloss|Burg|Kloster|Palais|Ch[âa]teau|Castello|Palazzo|Palacio|Pal[áa]cio|Museo|Mus[ée]e|Museum|"
               r"Sitz|"  # (round 33, yazoo: a German firm's registered seat, "X GmbH – Fitnessgeräte, Sitz Ekvik")
               r"Mount|Mt\.?|Mont|Monte|Lake|Loch|Lough|Lac|Lago|Fort|Port|Cape|Cabo|Isla|Isle|[ÎI]le|Puerto|Porto|"
               r"Parque|Parc|Bad|Sankt|Klinikum|Universit[äà]t|Universidad|Universit[ée]|Teatro|Th[ée][âa]tre|Kirche|"
               r"Iglesia|Chiesa|[ÉE]glise|Basilica|Basilique|Catedral|Cath[ée]drale|Abbaye|Stade|Estadio|Stadion|Glen|"
               # prizes and orders named after people, in languages that put the kind first ("Nagrody Nobla",
               # "Premio Cervantes", "Prix Goncourt", "Премия Тьюринга")
               r"Nagrod[aąęyzo]\p{L}*|Premi[oiu]l?|Prix|Pr[êé]mio|Preis|Prijs|Pris|Priset|Cena|Ceny|D[íi]j|Nagrad[aeu]|"
               r"Pal[ck]in[nt]o|[ÖO]d[üu]l[üu]?|Премия|Премии|Премию|Орден\p{L}*|Medaille|"
               r"M[ée]daille|Medalla|Medaglia|Medal|"
               # ... in Filipino, Indonesian, Malay, Swahili, Vietnamese, Greek, Bulgarian, Ukrainian ("Gawad X",
               # "Penghargaan X", "Giải thưởng X", "Βραβείο X", "Награда X", "Премія X")
               r"Gawad|Gantimpala(?:ng)?|Parangal|Penghargaan|Anugerah|Tuzo|Giải[ \t]+thưởng|Βραβε[ίι]ο|Βραβε[ίι]α|"
               r"Награда(?:та)?|Наградата|Нагорода|Премія|Премията|Медал(?:ът)?|"
               # a metro station or an exit named after somebody ("Metro X", "U-Bahnhof X", "Ausgang X-Ring")
               r"Metro|M[ée]tro|Metr[ôo]|Estaci[óo]n|Esta[çc][ãa]o|U-Bahnhof|S-Bahnhof|Bahnhof|Ausgang|Aeropuerto|"
               r"Aeroporto|A[ée]roport|Flughafen|"
               # round 34 (hamada): a municipality by its word before the place ("Δήμος Λιθοχώρι", "Stadt Westerbruck",
               # "Comune di X", "עיריית X": the council, an organisation)
               r"Δήμος|Δήμου|Stadt|Gemeinde|Marktgemeinde|Landkreis|Comune|Ayuntamiento|Municipio|Mairie|Gmina|Miasto|"
               r"Cyngor|Comhairle|"  # (round 35: a council in Welsh and Irish, "Cyngor Sir X", "Comhairle Contae X")
               r"Kommune|Kommun|Gemeente|Concello|Prefeitura|Câmara[ \t]+Municipal|עיריית|מועצה|بلدية|Belediyesi|"
               # an eponymous disease, the kind first ("Choroba X", "Morbus X", "Maladie de X")
               r"[Cc]horoba|[Mm]orbus|[Mm]aladie|[Ee]nfermedad|[Mm]alattia|[Dd]oen[çc]a|[Nn]emoc|[Ss]yndrome|[Ss][íi]ndrome|"
               r"[Ss]yndrom")
_PLACE_HEAD_FIRST = regex.compile(rf"(?:{_PLACE_HEAD})[ \t]+(?:\p{{Lu}}|[\p{{Hebrew}}\p{{Arabic}}])")
_PLACE_HEAD_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_PLACE_HEAD})[ \t]+(?:(?:de|di|du|von|van)[ \t]+)?$")
# Going up a mountain: "the hike up Ben Nevis", "climbing Kilimanjaro", "the summit of Ben Macdui".
_CLIMB_BEFORE = regex.compile(r"(?i:\b(?:hike|hiking|hiked|climb|climbing|climbed|summit(?:ing|ed)?|ascent|ascend(?:ing|ed)?|"
                              r"trek|trekking|scrambl(?:e|ing))[ \t]+(?:(?:up|to|on|of)[ \t]+)?(?:(?:the[ \t]+)?(?:top|"
                              r"summit)[ \t]+of[ \t]+)?)$")
# Feasts that are also given names ("entre Noël et le Nouvel An", "until Easter"), after a word of time.
_FEASTS = frozenset("noël noel natale navidad pascua pâques pasqua ostern pfingsten easter christmas diwali holi eid "
                    "hanukkah chanukah purim pesach passover nowruz vesak halloween thanksgiving epiphany toussaint "
                    "ferragosto carnaval carnival karneval fasching kwanzaa songkran chuseok hogmanay michaelmas "
                    "whitsun advent candlemas".split())
_TIME_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:entre|avant|après|apres|pendant|pour|à|a|de|d'|jusqu'à|depuis|"
                             r"before|after|over|during|until|till|since|this|next|last|merry|happy|joyeux|joyeuses|"
                             r"feliz|felices|buon|buona|frohe|fröhliche|frohes|wesołych|vrolijk|zalig|en|para|por|antes|"
                             r"desde|hasta|durante|prima|dopo|per|vor|nach|zu|bis|seit|über|um|y|et|and|e|und)[ \t]+)$")


# A ship is sunk, a person is not ("Why did the Andrea Doria sink?", "la X naufragò", "Warum sank die X", "Dlaczego
# zatonął X", "the sinking of the X"): a sinking verb next to the name, an article or an auxiliary at most between.
# Not "drowned" (people drown).
_SINKING = (r"sank|sunk|sink|sinks|sinking|capsized?|ran[ \t]+aground|foundered|shipwrecked|naufrag\p{L}*|hundi[óo]|"
            r"afundou|afundar|coul[ée]|sombr[ée]|gesunken|versenkt|kenterte|affond\p{L}*|zaton\p{L}*|затону\p{L}*|"
            r"затоплен\p{L}*|zonk|gezonken|sjönk|förliste|forliste|upposi|elsüllyedt|süllyedt|battı")
_SUNK_AFTER = regex.compile(rf"(?i)[ \t]+(?:(?:have|has|had|to|did|was|were|got|se|si|a|est|ist|hat|finally|actually|"
                            rf"really|ever)[ \t]+)?(?:{_SINKING})(?![\p{{L}}\p{{M}}])")
_SUNK_BEFORE = regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}])(?:{_SINKING}|(?:sinking|wreck|loss)[ \t]+of|Untergang[ \t]+der|"
                             rf"naufragio[ \t]+de(?:l)?|naufrage[ \t]+d[eu]|zatonięci\p{{L}}*)[ \t]+(?:(?:the|die|der|das|"
                             rf"des|la|le|el|il|lo|a|o|do|da|du|de)[ \t]+)?$")
# An amount of money: "250 Schweizer Franken", "400 Danish Kroner", "30 Francs Suisses en euros", "Swiss Francs
# to EUR". The currency's name is the span's last word, or its first in the languages that put the adjective
# after it; an amount before it or a conversion after it.
_CURRENCY = (r"francs?|franken|franchi|francos?|frank(?:en|ów|i|a|u)|frang|kron(?:e|er|or|a|en|ur|ach|y)|korun(?:a|y)?|"
             r"zł(?:oty|otych|ote)|zlot(?:y|ys|ies)|forint(?:s|ot)?|lir(?:a|e|as)|pesos?|reais|rand|rupees?|rupi(?:ah|as?)|"
             r"yen|yuan|renminbi|won|dinars?|dirhams?|riy?als?|shekels?|sheqels?|rub(?:les?|el|li)|roubles?|hryvnias?|"
             r"lei|leu|leva?|kuna|baht|ringgit|dong|dollars?|d[óo]lar(?:es)?|euros?|pounds?|pfund|sterling|escudos?|"
             r"gulden|guilders?|schilling|shillings?|pesetas?|drachm(?:a|ai|as|en)|kwacha|naira|cedis?|birr|taka|"
             r"рубл\p{L}*|гривн\p{L}*|злот\p{L}*|франк\p{L}*|крон\p{L}*")
_CURRENCY_WORD = regex.compile(rf"(?i)(?:{_CURRENCY})")
_AMOUNT_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\d(?:[\d.,' ]*\d)?[ \t]*(?:[kKmM]|mln|Mio\.?|Mrd\.?|million|millions|"
                               r"millones|milioni|thousand|tys\.?)?[ \t]+$")
_CONVERTED_AFTER = regex.compile(rf"(?i)[ \t]+(?:to|in|into|en|zu|na|в|till|til|naar|a|em|w|into)[ \t]+"
                                 rf"(?:(?-i:[A-Z]{{3}})(?![\p{{L}}])|(?:\p{{L}}+[ \t]+)?(?:{_CURRENCY})(?![\p{{L}}\p{{M}}]))")
# Months of the Islamic, Hebrew, Iranian and Hindu calendars, which are also given names ("Ramadan", "Ramazan",
# "Nisan", "Adar", "Mehr"): a month where a word for "month" stands by, a word of time before it, or a year near it.
_CALENDAR_MONTHS = frozenset(fold_token(w) for w in """
muharram moharram safar rabi rabia jumada jumaada rajab shaban sha'ban shaaban ramadan ramazan ramzan ramadhan ramadán
shawwal sawal dhu dhul hijjah qadah muharrem recep şaban şevval zilkade zilhicce
tishrei tishri cheshvan heshvan kislev tevet shevat adar nisan iyar sivan tammuz elul
farvardin ordibehesht khordad mordad shahrivar mehr aban azar esfand
chaitra vaishakha jyeshtha ashadha shravana bhadrapada ashwin kartika margashirsha pausha magha phalguna
محرم صفر ربيع رجب شعبان رمضان شوال القعدة الحجة ذو ذي جمادى
فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند
תשרי חשון כסלו טבת שבט אדר ניסן אייר סיון תמוז אלול""".split())
_MONTH_WORDS = frozenset(fold_token(w) for w in """month months mes mois monat monats miesiąc miesiąca miesiącu месяц
месяца месяце maand månad måned kuukausi hónap hónapban ay ayı ayında ayi bulan tháng شهر الشهر ماه חודש""".split())
_MONTH_TIME_BEFORE = regex.compile(r"(?:في|خلال|قبل|بعد|حتى|منذ|أول|آخر|نهاية|بداية|در|تا|از|قبل|بعد|לפני|אחרי|עד|במהלך|"
                                   r"ב|ל)[ \t]*$")
_YEAR_NEAR = regex.compile(r"(?<!\d)(?:1[3-9]|2[0-1])\d{2}(?!\d)")


def _calendar_month(text: str, start: int, end: int) -> bool:
    """A calendar's month named like a person ("شهر رمضان", "Ramazan ayında", "Ramadan 2028", "during Nisan")."""
    words = [fold_token(w.group()) for w in _SCAN_WORD.finditer(text, start, end)]
    if not words or not all(w in _CALENDAR_MONTHS or w in _MONTH_WORDS for w in words) or not any(
            w in _CALENDAR_MONTHS for w in words):
        return False
    near = [fold_token(w.group()) for w in _SCAN_WORD.finditer(text, max(0, start - 20), min(len(text), end + 20))]
    return (any(w in _MONTH_WORDS for w in words + near) or _TIME_BEFORE.search(text, max(0, start - 20), start) is not None
            or _MONTH_TIME_BEFORE.search(text, max(0, start - 12), start) is not None
            or _YEAR_NEAR.search(text, max(0, start - 30), min(len(text), end + 30)) is not None)


def _money(text: str, start: int, end: int) -> bool:
    """An amount of money in a currency named like a person ("250 Schweizer Franken", "30 Francs Suisses")."""
    words = text[start:end].split()
    if not (_CURRENCY_WORD.fullmatch(words[-1]) or _CURRENCY_WORD.fullmatch(words[0])) or len(words) > 3:
        return False
    return bool(_AMOUNT_BEFORE.search(text, max(0, start - 20), start) or _CONVERTED_AFTER.match(text, end))


def thing_by_context(text: str, start: int, end: int, listed: Callable[[str], bool]) -> bool:
    """The name at [start, end) names a thing, whoever writes it ("our office is on the Martin
    Luther King Jr Boulevard"): a storm or a ship, an institution, prize, building, street or
    mountain, "the <name> <Noun>", a place and its region, a dish one cooks, a feast after a word
    of time, a ship that sank, an amount of money, a calendar's month, a listed name followed by everyday
    capitalised words ("Johnnie Walker Black Label")."""
    before = text[max(0, start - 60):start]
    value = text[start:end]
    if _VESSEL_OR_STORM_BEFORE.search(before) or _DISH_BEFORE.search(before):
        return True
    line = max(text.rfind("\n", max(0, start - 400), start), text.rfind(FIELD_BREAK, max(0, start - 400), start)) + 1
    if (line or start < 400) and _THING_ROW.match(text, line, start):
        return True  # "TGHU1234567,<vessel>,NLRTM,...", "SKU-49120;<model>;...": a manifest's or catalogue's row
    if _SUNK_AFTER.match(text, end) or _SUNK_BEFORE.search(before) or _money(text, start, end) or _calendar_month(
            text, start, end):
        return True
    if _PLACE_HEAD_FIRST.match(value) or _PLACE_HEAD_BEFORE.search(before) or _CLIMB_BEFORE.search(before):
        return True
    if fold_token(value.strip()) in _FEASTS and _TIME_BEFORE.search(before):
        return True
    if _NAMED_PLACE_AFTER.match(text, end) or _NAMED_PLACE_LAST.search(value):
        return True
    if _PLACE_BEFORE.search(before) and _REGION_AFTER.match(text, end):
        return True  # "born in Maida Vale, London": a place and its region
    if _THE_BEFORE.search(before) and (_names_with_a_common_noun(text, end, value) or _PERIOD_AFTER.match(text, end)):
        return True  # "the Marshall Plan", "the Anne Frank House", "the Meiji era": named after somebody
    if _PLACE_LABEL_BEFORE.search(before) or _in_a_titles_column(text, start, end) or _quoted_alternatives(
            text, start, end):
        return True
    if _ET_AL_AFTER.match(text, end) or (_CITED_YEAR_AFTER.match(text, end) and _AUTHORS_JOINED.search(value)) or (
            (co := _CO_AUTHOR_AFTER.match(text, end)) and _CITED_YEAR_AFTER.match(text, co.end())):
        return True  # "Vaswani et al. (2017)", "Kahneman y Tversky (1979)": authors cited for a work
    if _prize_by_its_namesake(text, start):
        return True  # "наградата „X“", "премия имени X", "Nagroda im. X", "le prix « X »": a prize, named after X
    if _COSTUME_AFTER.match(text, end):
        return True  # "Spider-Man and X costumes": a character (a firm's legal form: recognizers.organisation_name)
    return _listed_with_a_product_tail(value, listed) or _brand_then_product(value) or _eponymous_adjective_near(
        text, start, end, listed)


# --- Round 17: a prize's kind in lower case, then its namesake in quotes or after "named" ("наградата „X“",
# "премия имени X", "Nagroda im. X", "le prix « X »", "the award 'X'"). Without the quotes or the naming word a
# lower-case kind is no cue: "the prize Anna won", "премия Ивана" (Ivan's bonus) are about a person.
_PRIZE_KIND = (r"prizes?|awards?|medals?|premios?|premio|premi|prix|preis|prijs|pris(?:en|et)?|palkinto|díj|dij|"
               r"nagrod\p{L}*|nagrad\p{L}*|cena|ceny|premiul|premiu|ödül\p{L}*|odul\p{L}*|armağan\p{L}*|gawad|"
               r"gantimpala\p{L}*|parangal|penghargaan|anugerah|tuzo|giải[ \t]+thưởng|βραβε\p{L}*|"
               r"наград\p{L}*|нагород\p{L}*|преми\p{L}*|медал\p{L}*|орден\p{L}*")
_PRIZE_NAMESAKE_BEFORE = regex.compile(
    rf"(?i:(?<![\p{{L}}\p{{M}}])(?:{_PRIZE_KIND}))"
    r"(?:[ \t]*[„“\"«‘'‚][ \t]*|[ \t]+(?i:im\.|imienia|imeni|имени|імені|им\.|named[ \t]+(?:after|for)|"
    r"nach|nommée?s?[ \t]+d['’]après)[ \t]+)"
    r"(?:\p{Lu}[\p{L}\p{M}'’-]*\.?[ \t]+){0,3}$")


def _prize_by_its_namesake(text: str, start: int) -> bool:
    """A prize's kind in lower case, then the name in quotes or after a naming word (_PRIZE_NAMESAKE_BEFORE), up to
    three capitalised words or initials of the namesake before the finding ("„Христо Г. X“" found as "Г. X")."""
    return _PRIZE_NAMESAKE_BEFORE.search(text, max(0, start - 90), start) is not None


# A work cited by its authors: "X et al.", "X and Y (1979)", "X & Y, 2004)".
_ET_AL_AFTER = regex.compile(r"[ \t]+et[ \t]+al\.?(?![\p{L}\p{M}])")
_CITED_YEAR_AFTER = regex.compile(r"[ \t]*(?:\([ \t]*(?:1[5-9]|20)\d\d[a-z]?[ \t]*[),;:]|,[ \t]*(?:1[5-9]|20)\d\d[a-z]?\))")
_AUTHORS_JOINED = regex.compile(r"\p{L}[ \t]+(?:and|y|e|et|und|en|og|och|i|&)[ \t]+\p{Lu}")
_CO_AUTHOR_AFTER = regex.compile(r"[ \t]+(?:and|y|e|et|und|en|og|och|i|&)[ \t]+\p{Lu}[\p{L}\p{M}'’-]+"
                                 r"(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?(?=[ \t]*[(,][ \t]*(?:1[5-9]|20)\d\d)")


# Costumes are of characters ("Spider-Man and Elsa costumes", "ein Pumuckl Kostüm").
_COSTUME_AFTER = regex.compile(r"(?i)[ \t]+(?:costumes?|cosplays?|dress-up|kostüm\p{L}*|kostuum|kostym\p{L}*|"
                               r"kostium\p{L}*)(?![\p{L}\p{M}])")


@lru_cache(maxsize=1)
def _brand_heads() -> frozenset[str]:
    text = resources.files("gateway.signals").joinpath("data", "brand_lines.txt").read_text("utf-8")
    return frozenset(fold_token(b) for line in text.splitlines() if (b := line.split("#", 1)[0].strip()))


def _brand_then_product(value: str) -> bool:
    """A brand named after a person leading a product's or a programme's name ("Hilton Honors", "Puma Suede",
    brand_lines.txt), no other word a listed given name that is no English word ("Hilton Maria" stays a person's)."""
    words = value.split()
    if len(words) < 2 or fold_token(_bare(words[0])) not in _brand_heads():
        return False
    # (round 32: a model's code in capitals is no given name, "Jungheinrich EJE", whatever Swedish name it spells)
    codes = [name_lexicon().get(fold_token(_bare(w)), 0) for w in words[1:] if not (w.isupper() and len(w) <= 4)]
    return not any(c >> 12 & 15 and (c >> 4 & 15) < _WEAK_EN for c in codes)  # "Samba", "Stan" are words too


# An adjective or a school named after a person ends so ("Bayesian", "Euclidean", "Gaussian", "Keynesian",
# "Marxist", "Kafkaesque"): the name beside it in the same line is the eponym's ("a Gaussian blur (after Carl
# Friedrich Gauss)"), not a private person's, when the surname is a listed figure's or "after" names the
# eponym ("Ask Ethan Russ about the Russian visa" stays a person's).
_EPONYMOUS_ENDINGS = frozenset("ian ean an ic ist ism esque ians eans ists".split())
_NAMED_AFTER_BEFORE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:after|nach|d['’]après|según|from)[ \t]+$")


def _eponymous_adjective_near(text: str, start: int, end: int, listed: Callable[[str], bool]) -> bool:
    words = text[start:end].split()
    surname = _bare(words[-1]) if words else ""
    if len(surname) < 3 or not surname[:1].isupper() or not (
            listed(surname) or _NAMED_AFTER_BEFORE.search(text, max(0, start - 12), start)):
        return False
    lo = max(0, start - 120, text.rfind("\n", max(0, start - 120), start) + 1)
    hi = min(len(text), end + 120)
    hi = hi if (stop := text.find("\n", end, hi)) < 0 else stop
    stem = surname.lower()[:-1] if surname.lower().endswith("e") else surname.lower()  # "Laplace" -> "Laplacian"
    # each word compared as a string, never a pattern made of the name: the regex module's cache would keep it
    return any(word.lower().startswith(stem) and word.lower()[len(stem):] in _EPONYMOUS_ENDINGS
               for word in (m.group() for m in _LETTER_RUN.finditer(text, lo, hi)))


# A field that holds a place: a calendar's LOCATION, a booking's venue ("LOCATION:Harbour Hall, room 2").
_PLACE_LABEL_BEFORE = regex.compile(r"(?i)(?:^|[\n¶{,;])[ \t\"']*(?:location|venue|place|where|room|ort|raum|lieu|"
                                    r"salle|lugar|sala|luogo|locatie|locație|miejsce)[\"']?[ \t]*[:=][ \t\"']*$")
# Column headers whose cells are the titles of works or products, not people ("isbn;titel;bestand").
_TITLE_HEADER = regex.compile(r"(?i)[ \t\"'*`_]*(?:title|titel|titre|t[íi]tulo|titolo|tytuł|názov|název|book|buch|livre|"
                              r"libro|film|movie|album|song|track|novel|roman|work|werk|œuvre|product|produkt|produit|"
                              r"producto|item|artikel|article)[ \t\"'*`_]*")


def _in_a_titles_column(text: str, start: int, end: int) -> bool:
    """The name is a cell of a delimited table whose column is headed "title", "book", "film"...: "Effi
    Briest" in a stock list is a novel. The header: the top row of the block of rows above with as many cells
    (at most 200 rows and 4000 characters up)."""
    cell = _table_cell(text, start, end)
    if cell is None or cell.line == 0:
        return False
    rows, line = cell.rows, cell.line
    if rows.width(line - 1) != rows.width(line):
        return False
    top = max(rows.block_top[line - 1], line - 200, rows.line_at(max(0, rows.starts[line] - 4000) - 1) + 1)
    return top < line and _TITLE_HEADER.fullmatch(rows.cell(top, cell.column)) is not None


_QUOTED = regex.compile(r"['\"‘“«](\p{Lu}[^'\"‘’“”«»\n]{0,40})['\"’”»]")
_BETWEEN_ALTERNATIVES = regex.compile(r"[ \t]*(?:,|/|;|\bor\b|\boder\b|\bou\b|\bo\b|\bof\b|\beller\b|\bили\b)[ \t]*")


def _quoted_alternatives(text: str, start: int, end: int) -> bool:
    """The name is one of three or more quoted alternatives ("How about 'Clint Yeastwood', 'Bread Pitt' or
    'Doughy Parton'?"): names proposed for a pet, a product, a sourdough starter, not somebody's."""
    if start == 0 or text[start - 1] not in _QUOTES:
        return False
    lo = max(0, start - 200)
    quoted = list(_QUOTED.finditer(text, lo, min(len(text), end + 200)))
    mine = next((i for i, m in enumerate(quoted) if m.start(1) <= start < m.end(1)), None)
    if mine is None:
        return False
    a = b = mine  # widen over neighbours joined by list separators only
    while a > 0 and _BETWEEN_ALTERNATIVES.fullmatch(text, quoted[a - 1].end(), quoted[a].start()):
        a -= 1
    while b + 1 < len(quoted) and _BETWEEN_ALTERNATIVES.fullmatch(text, quoted[b].end(), quoted[b + 1].start()):
        b += 1
    return b - a >= 2


# A calling the world records, right before the name ("the poet X", "der Komponist X", "el filósofo X",
# "поэт X"), and royalty in other languages than English ("König X", "la reina X", "królowa X"). Not "painter",
# "writer", "author", "president": house painters, report writers and club presidents are private people; not
# "re" (English "regarding"), "papa" (a father).
_CALLINGS = (
    r"poet(?:ess)?|novelist|playwright|composer|philosopher|essayist|sculptor|physicist|"
    r"mathematician|astronomer|poeta|poetisa|poète|poétesse|dichter(?:in)?|poetka|поэт(?:есса)?|poeten|skalden|"
    r"runoilija|költő|şair|novelista|romancier|romancière|schriftsteller(?:in)?|scrittore|scrittrice|pisarz|pisarka|"
    r"писатель(?:ница)?|författaren|forfatteren|kirjailija|compositor(?:a)?|compositeur|komponist(?:in)?|"
    r"compositore|kompozytor(?:ka)?|композитор|componist|kompositören|säveltäjä|zeneszerző|besteci|filósofo|"
    r"philosophe|philosoph(?:in)?|filosofo|filozof|философ|filosoof|filosofen|filosofi|filozófus|dramaturgo|"
    r"dramaturge|dramatiker(?:in)?|drammaturgo|драматург|könig(?:in)?|kaiserin|rey|reina|emperador|emperatriz|"
    r"regina|imperatore|imperatrice|roi|reine|empereur|impératrice|rei|rainha|imperador|imperatriz|"
    r"król(?:owa)?|cesarz(?:owa)?|король|королева|император(?:ица)?|царь|царица|koning(?:in)?|keizer(?:in)?|"
    r"kung|drottning|kejsare|konge|dronning|kuningas|kuningatar|király(?:né)?|császár|kral|kraliçe|padişah|"
    r"faraó|pharaon|pharao|faraon|фараон|papież|pape|papst")
_CALLING_BEFORE = regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}])(?:{_CALLINGS})[ \t]+$")
# Cyrillic and Greek letters drawn like Latin ones, one for one: typed into a Latin word to disguise it ("Addrеss" with
# a Cyrillic "е", "thе mаthеmаtісіаn"). Folded, the word is read as what it imitates.
_LOOKALIKE_LATIN = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O",
    "Р": "P", "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "ο": "o", "ν": "v", "Α": "A",
    "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
    "Υ": "Y", "Χ": "X"})
# A Latin letter and a lookalike in one word, either order.
_MIXED_LOOKALIKE = regex.compile(r"[A-Za-z][\p{L}]*[аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХУІЈЅονΑΒΕΖΗΙΚΜΝΟΡΤΥΧ]|"
                                 r"[аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХУІЈЅονΑΒΕΖΗΙΚΜΝΟΡΤΥΧ][\p{L}]*[A-Za-z]")


def lookalike_folded(value: str) -> str:
    """`value` with the lookalike letters (_LOOKALIKE_LATIN) read as the Latin ones they imitate, one for one (the
    offsets hold); unchanged where no word mixes them with Latin letters (Russian, Greek text stays as written)."""
    if _MIXED_LOOKALIKE.search(value) is None:
        return value
    return regex.sub(r"[\p{L}]+", lambda m: m.group(0).translate(_LOOKALIKE_LATIN)
                     if _MIXED_LOOKALIKE.search(m.group(0)) else m.group(0), value)


def disguised_word(value: str) -> bool:
    """`value` is one word whose lookalike letters (_LOOKALIKE_LATIN) disguise a word that is no name ("Addrеss",
    "Adrеs" with a Cyrillic "е"): a label or a common word, not a person."""
    words = value.split()
    return len(words) == 1 and _MIXED_LOOKALIKE.search(words[0]) is not None and not is_name_word(
        lookalike_folded(words[0]).strip(".,:;'\"()"))


# The same calling as an apposition right after the name, with its article ("X (the mathematician / physicist)", "X,
# the composer, ...", "X (der Komponist)", "X (la poétisse ...)"): how one tells a reader which X of history is meant.
# A relation between ("X, my mathematician friend") is no calling of record.
# Round 22: the name in its own script in brackets may stand between ("Qu Yuan (屈原), the poet", "Ryu Hyun-jin (류현진),
# the ..."): how mixed-language text writes a figure of another script's history.
_OWN_SCRIPT_BRACKET = (r"(?:[ \t]*[(（][ \t]*[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Arabic}\p{Hebrew}\p{Cyrillic}"
                       r"\p{Greek}\p{Devanagari}\p{Thai}・·][\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Arabic}\p{Hebrew}"
                       r"\p{Cyrillic}\p{Greek}\p{Devanagari}\p{Thai}\p{M}・· \t-]{0,30}[)）])?")
_CALLING_AFTER = regex.compile(
    rf"(?i){_OWN_SCRIPT_BRACKET}[ \t]*(?:\(|,|[–—]|-[ \t])[ \t]*(?:the|der|die|le|la|l['’]|el|il|lo|o|a|de|het|den|"
    rf"det)[ \t]+(?:{_CALLINGS})(?![\p{{L}}\p{{M}}])")
# Round 22: a standing of public record as an apposition right after the name, with or without its article: a title
# won at the Olympics or a world championship, chess's grandmaster title, a seat on a supreme court, the captaincy of
# a national team ("X, Olympic weightlifting champion", "X (丁立人), the chess grandmaster", "X, the Supreme Court
# justice", "X (captain of the national football team)", "X, campeona olímpica", "X, Weltmeisterin"). Nobody holds
# these privately (a club's champion or a team's captain is not "Olympic" or "national").
_PUBLIC_RECORD_AFTER = regex.compile(
    rf"(?i){_OWN_SCRIPT_BRACKET}[ \t]*(?:\(|,|[–—]|-[ \t])[ \t]*(?:(?:the|der|die|le|la|l['’]|el|il|lo|o|a|de|het|"
    r"den|det|an?|ang|si)[ \t]+)?(?:(?:former|reigning|current|ex-?|two-time|three-time|ehemalige[rn]?|ancienne?|"
    r"ex)[ \t]+)?(?:(?:olympic|olympique|ol[íi]mpic[oa]|olimpico|world|paralympic)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?"
    r"(?:champion(?:ne)?|medall?ist|gold[ \t]+medall?ist|record[ \t-]?holder)|(?:chess[ \t]+)?grand[ \t-]?master|"
    r"grand[ \t]+ma[îi]tre|(?:schach)?gro(?:ß|ss)meister(?:in)?|gran[ \t]+maestr[oa]|"
    r"campe[óo]n(?:a)?[ \t]+(?:ol[íi]mpic[oa]|mundial|del[ \t]+mundo)|champion(?:ne)?[ \t]+(?:olympique|du[ \t]+monde)|"
    r"olympiasieger(?:in)?|weltmeister(?:in)?|nobel[ \t-]+(?:laureate|prize[ \t]+winner|preistr[äa]ger(?:in)?)|"
    r"(?:associate[ \t]+)?(?:supreme[ \t]+court|high[ \t]+court)[ \t]+justice|chief[ \t]+justice|"
    r"juez(?:a)?[ \t]+de[ \t]+la[ \t]+(?:corte|suprema)|captain[ \t]+of[ \t]+the[ \t]+national)"
    r"(?![\p{L}\p{M}])")


def _calling_after(text: str, end: int) -> bool:
    """_CALLING_AFTER at `end`, as written, with its lookalike letters folded ("(thе mаthеmаtісіаn"), or in ROT13 ("(gur
    zngurzngvpvna", the apposition of a name written in ROT13): the disguise hides no calling."""
    if _CALLING_AFTER.match(text, end) or _PUBLIC_RECORD_AFTER.match(text, end):
        return True
    tail = text[end:end + 80].split("\n", 1)[0]
    return any(_CALLING_AFTER.match(variant) for variant in (lookalike_folded(tail), codecs.encode(tail, "rot13"))
               if variant != tail)


# Round 30: a possessive and a relation noun right before a name ("my sister X", "our neighbour X", "meine Tante X"):
# the writer's or somebody's relation; not an organisation's relation ("our client X", "our patron X").
_KIN_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[ \t]+(?:(?:little|big|younger|older|baby|twin|best|old|"
                            r"late|ex)[ \t-]+)?([\p{L}\p{M}]+)[ \t]*,?[ \t]*$")


def kin_right_before(text: str, start: int) -> bool:
    """A possessive, then a relation noun, right before `start` (see _KIN_BEFORE)."""
    kin = _KIN_BEFORE.search(text, max(0, start - 48), start)
    return kin is not None and kin.group(1).lower() in (_POSSESSIVES | {"his", "her", "their", "your"}) and (
        kin.group(2).lower() in _RELATIONS) and kin.group(2).lower() not in _RELATIONS_OF_FIRMS | _PUBLIC_RELATIONS


# Relations an organisation or the public has with a figure ("our patron X", "our founder X", "our hero X").
_PUBLIC_RELATIONS = frozenset("patron patroness founder hero heroine idol icon namesake ambassador sponsor".split())


def _owned_before(text: str, start: int) -> bool:
    """A possessive among the words before `start` on its line, 60 characters back ("my neighbour X", "meine Nachbarin
    X", "his tutor X"): somebody's relation, whatever calling follows the name."""
    words = _SCAN_WORD.findall(text, max(_line_start(text, start), start - 60), start)
    return any(w.lower() in _POSSESSIVES or w.lower() in ("his", "her", "their", "your") for w in words)


# A style NER may read as the name's first word ("Revd Michael Ipgrave" of "the Rt Revd Michael Ipgrave").
_STYLE_LEAD = regex.compile(r"(?:Revd|Rev\.|Reverend|Dr\.?|Prof\.?)[ \t]+")


# --- Round 31 (erg, hogback): names of record by the form of their mention.
# An author cited alone by initials, with a year or after "the survey by", where the sentence names a publication
# ("the published article by G. Ortlieb (2004), doi:...", "Reading for next week: B. Lanfranc (1990) on Chebyshev's
# inequality; and the survey by Z. Wołek"), the author line of a catalogue record with an ISBN ("Author: I. Varo /
# ISBN 978-..."); a conference programme's billing, the head of an institution after "the" and the office, the head
# coach of a national team; a scorer, a player sent off or a referee in a senior match report ("X (71') and Y (2') scored;
# referee Z showed 3 yellows", "X scored twice and Y was sent off as Z won 4-1"); a finisher in an elite race's
# official results, written with a nation's code and a time ("3. X (KEN) 2:09:28"). A youth or junior game is no
# event of record: its players are children ("our U10s", "the under-12s", "junior section"), and the caller has
# already ruled out private cues ("my son X scored").
_INITIALS_THEN_SURNAME = regex.compile(r"(?:\p{Lu}\.[ \t]?){1,3}[ \t]*\p{Lu}[\p{L}\p{M}'’-]+")
_PUBLICATION_WORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:doi|articles?|papers?|surveys?|journals?|monographs?|books?|chapters?|published|publication|"
    r"cited|citations?|bibliograph\p{L}*|isbn|issn|preprints?|proceedings|reading[ \t]+(?:for|list)|et[ \t]+al|"
    r"theorems?|lemma|inequality|conjecture|artikel|aufsatz|artículo|article|articolo|artigo|publié|publicado|"
    r"veröffentlicht|pubblicato)(?![\p{L}])")
_BY_A_PUBLICATION_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:article|paper|survey|monograph|book|chapter|study|review|thesis|preprint|edition|"
    r"translation|essay)[ \t]+by[ \t]+$")
_DOI_AFTER = regex.compile(r"[^\n]{0,16}?(?i:doi[ \t]*:|doi\.org/)")
_AUTHOR_LABEL_BEFORE = regex.compile(r"(?im)^[ \t]*(?:author|authors|autor|autorin|auteur|autore|autora|författare|"
                                     r"forfatter|tekijä)[ \t]*:[ \t]*$")
_ISBN = regex.compile(r"(?i)(?<![\p{L}])isbn(?:-1[03])?[ \t]*:?[ \t]*(?:97[89][ -]?)?\d")
_MATCH_MINUTE_AFTER = regex.compile(r"[ \t]*\([ \t]*\d{1,3}(?:[ \t]*\+[ \t]*\d{1,2})?[ \t]*['’′][ \t]*\)")
_MATCH_DEED_AFTER = regex.compile(
    r"[ \t]+(?:scored|netted|converted|was[ \t]+sent[ \t]+off|was[ \t]+booked|saved[ \t]+(?:a|the)[ \t]+penalty|"
    r"hit[ \t]+a[ \t]+hat-?trick)(?![\p{L}])")
_REFEREE_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:referee|ref|umpire|arbitro|árbitro|arbitre|schiedsrichter)[ \t]+$")
_MATCH_RECORD = regex.compile(
    r"(?i)(?<![\p{L}])(?:match[ \t]+report|full[- ]time|half[- ]time|won[ \t]+\d{1,2}[-–]\d{1,2}|"
    r"\d{1,2}[-–]\d{1,2}[ \t]+(?:win|defeat|draw|victory)|yellows?|red[ \t]+cards?|sent[ \t]+off|scored|attendance)"
    r"(?![\p{L}])")
_YOUTH_GAME = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?:u[ \t-]?\d{1,2}s?|under[- ]\d{1,2}s?|juniors?|junior[ \t]+section|"
                            r"little[ \t]+league|pee-?wee|jugend\w*|juvenil(?:es)?|infantil(?:es)?|cadets?|"
                            r"youth|kids|minis|children|pupils|school[ \t]+team|my[ \t]+(?:son|daughter|boy|girl|"
                            r"grandson|granddaughter|kid))(?![\p{L}])")
# Offices of state and diplomacy before the name ("Ambassador X", "Consul-General X", "Office of the Deputy Minister X",
# "Governor X") or in apposition after it, with the institution ("X, SARB governor", "X, Bank of Greece governor", "X,
# NBP president", "X, chair of Trebrae Building Society"); a chef named with the restaurant and its stars or its
# guide ("chef-patron X of Y retains two stars", "N. Y — chef X (new entry)" under a published list).
_STATE_OFFICE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:Ambassador|High[ \t]+Commissioner|Consul(?:-General|[ \t]+General)?|Chargé[ \t]+d['’]affaires|"
    r"(?:(?:Deputy|Vice|Prime|Foreign|Finance|Interior|Home|Justice|Health|Education)[ \t-]+)?Minister|"
    r"Secretary[ \t]+of[ \t]+State|Governor|Attorney[ \t]+General|Lord[ \t]+Mayor|Mayor)[ \t]+$")
_STATE_OFFICE_AFTER = regex.compile(
    r",[ \t]+(?:the[ \t]+)?(?:(?:\p{Lu}[\p{L}&.'’-]*|of|de|du|der|del)[ \t]+){0,5}(?:governor|deputy[ \t]+governor|"
    r"ambassador|consul(?:-general)?|(?:finance|foreign|prime|deputy)[ \t]+minister|minister|chief[ \t]+economist)"
    r"(?![\p{L}])|,[ \t]+(?:\p{Lu}{2,6}[ \t]+)(?:president|chair(?:man|woman|person)?|governor|chief[ \t]+executive)"
    r"(?![\p{L}])|,[ \t]+(?:chair(?:man|woman|person)?|president|chief[ \t]+executive|governor)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?:\p{Lu}[\p{L}&.'’-]*[ \t]+){1,4}(?:Bank|Building[ \t]+Society|Reserve|Fund|Authority|Commission|Federation|"
    r"Institute|Exchange|Agency)(?![\p{L}])")
_CHEF_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:chef(?:-patron(?:ne)?)?|head[ \t]+chef|executive[ \t]+chef|"
                             r"sommelier|restaurateur)[ \t]+$")
_GUIDE_OR_AWARD = regex.compile(r"(?i)(?<![\p{L}])(?:stars?|guide|awards?|ceremony|published[ \t]+list|\d{1,3}[ \t]+best|"
                                r"best[ \t]+newcomer|new[ \t]+entry|rosettes?|toques?)(?![\p{L}])")
# A charity's or a home's patron doing what patrons do in public ("Our patron X opened the Oak wing", "our patron X
# visited"); not a restaurant's patron (a customer: "a patron, X, slipped"): the organisation's possessive and a
# ceremonial act are both needed.
_PATRON_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:our|the[ \t]+(?:charity|home|trust|hospice|society|club|school|"
                               r"museum|festival)['’]s)[ \t]+(?:royal[ \t]+)?patron[ \t]+$")
_CEREMONY_AFTER = regex.compile(r"[ \t]+(?:opened|visited|unveiled|launched|attended|hosted|presented|officially|"
                                r"planted|cut|spoke|addressed|welcomed)(?![\p{L}])")
# An artist of record on an exhibition's label ("Exhibition label: X (b. 1971), 'Title', 2019, mixed media"), its
# curator ("Curated by X for the Y Playhouse"), an act on a published line-up ("LINE-UP Sat main stage: 18:00 X, 19:30
# Y"): public roles in the arts, named where the public reads them.
_ARTWORK_LABEL_AFTER = regex.compile(r"[ \t]*\((?:b\.|born|n[ée]e?|geb\.)[ \t]*\d{4}\)[ \t]*,[ \t]*['‘\"“]")
_CURATED_BY_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:curated|conducted|choreographed|directed|designed)[ \t]+by[ \t]+$")
_FOR_A_VENUE_AFTER = regex.compile(r"[ \t]+for[ \t]+the[ \t]+(?:\S+[ \t]+){1,3}?(?:Playhouse|Theatre|Theater|Opernhaus|"
                                   r"Opernhalle|Konzerthaus|Konzerthus|Konserthus|Concertzaal|Kunstforum|Gallery|Museum|"
                                   r"Festival|Hall|Philharmonie|Opera)(?![\p{L}])")
# Round 32 (cwm): more ways the arts write about people in their public role, and about the dead and the invented:
# - a death year of long ago right after the name ("sold by the artist to X (d. 1903)", "(† 1921)", "(died 1944)"):
#   the dead of a provenance or a history have no personal data (GDPR recital 27);
# - a credit for a titled work ("X — lead in 'Title'", "X as Hedda in 'Title'") or a grant or prize for one ("X awarded
#   9,800 for 'Title'"): the published record of an artist's work;
# - a performer's rider ("Artist rider (X):"), a letter to a performer about their work ("Dear X, your concert at ...");
# - a role in a casting call's breakdown ("Roles: Madame X (40s-50s, ...)") or a character in a stage direction ("X
#   enters upstage left"): nobody at all.
_DEATH_LONG_AGO_AFTER = regex.compile(r"[ \t]*\((?:d\.|died|gest\.|m\.|†)[ \t]*(?:c\.[ \t]*|ca\.[ \t]*)?"
                                      r"(?:1[0-8]\d\d|19[0-8]\d)\)")
_CREDIT_AFTER = regex.compile(r"(?i:[ \t]*(?:[—–-]|,)[ \t]*(?:lead|title[ \t]+role|supporting[ \t]+role|soloist|"
                              r"understudy|cameo|voice)[ \t]+in[ \t]+['‘\"“«]|[ \t]+as[ \t]+\p{Lu}\p{L}+[ \t]+in[ \t]+['‘\"“«])")
_AWARDED_FOR_AFTER = regex.compile(r"[ \t]+(?:(?:was|is|has[ \t]+been)[ \t]+)?awarded[ \t]+[^\n]{1,30}?[ \t]+for[ \t]+['‘\"“«]")
_RIDER_BEFORE = regex.compile(r"(?i:(?<![\p{L}])(?:artist|band|performer|headliner|tour|technical)['’]?s?[ \t]+rider[ \t]*"
                              r"\([ \t]*$)")
_YOUR_WORK_AFTER = regex.compile(r"(?i:[ \t]*,[ \t]*(?:\r?\n[ \t]*)?your[ \t]+(?:(?:latest|new|last|recent)[ \t]+)?(?:concert|"
                                 r"gig|album|record|novel|film|movie|performance|recital|tour|exhibition|paintings|songs?|"
                                 r"poems|poetry|podcast|videos|show[ \t]+at|book[ \t]+(?:tour|launch|reading))(?![\p{L}])"
                                 # (not a customer's: "your concert tickets", "your album order", "your film booking")
                                 r"(?![ \t]+(?:[\p{L}-]+[ \t]+)?(?:tickets?|e-?tickets?|orders?|booking|bookings|seats?|refund|"
                                 r"voucher|reservation|subscription|delivery|download|purchase|rental|pass)(?![\p{L}])))")
_CASTING_BREAKDOWN_AFTER = regex.compile(r"[ \t]*\((?:(?:late|early|mid)[ \t-]+)?\d0s(?:[ \t]*[-–/][ \t]*\d0s)?[ \t]*[,)]")
_CASTING_CALL = regex.compile(r"(?i:(?<![\p{L}])(?:roles|casting|breakdown|characters|dramatis[ \t]+personae)(?![\p{L}]))")
_STAGE_DIRECTION_AFTER = regex.compile(r"[ \t]+(?:enters|exits|crosses)[ \t]+(?:upstage|downstage|stage|centre|center|from)"
                                       r"(?![\p{L}])")
_LINE_UP = regex.compile(r"(?i)(?<![\p{L}])(?:line-?up|main[ \t]+stage|headliners?|running[ \t]+order|set[ \t]+times)"
                         r"(?![\p{L}])")
_SET_TIME_BEFORE = regex.compile(r"(?:^|[:,;][ \t]*)\d{1,2}[:.]\d{2}[ \t]+$")
_NATIONAL_SQUAD_OFFICE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:head[ \t]+)?(?:coach|manager|captain|selector)[ \t]+of[ \t]+the[ \t]+(?:[\p{L}-]+[ \t]+)?"
    r"national[ \t]+(?:team|side|squad|eleven)|national[ \t]+(?:team[ \t]+)?(?:head[ \t]+)?coach)[ \t]+$")
# A conference programme's billing ("Keynote: Prof. X (Y University)", "Plenary: Dr X", "Chair: Prof. X" on a keynote's
# line), and the head of an institution named after "the" and the office ("welcome by the Vice-Chancellor, J. X").
_PROGRAMME_BILLING_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:keynote(?:[ \t]+(?:speaker|address|lecture))?|plenary(?:[ \t]+(?:speaker|lecture))?|"
    r"invited[ \t]+(?:talk|speaker|lecture)|opening[ \t]+address|(?:session[ \t]+)?chair)[ \t]*:[ \t]*"
    r"(?:(?:prof(?:essor)?|dr|sir|dame)\.?[ \t]+)+$")
_KEYNOTE = regex.compile(r"(?i)(?<![\p{L}])(?:keynote|plenary|invited[ \t]+talk|conference|symposium|workshop)(?![\p{L}])")
_HEAD_OF_INSTITUTION_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])the[ \t]+(?:(?:pro-)?vice-chancellor|vice[ \t]+chancellor|chancellor|rector|provost|"
    r"lord[ \t]+mayor|director-general|secretary-general|"
    # round 32 (horst): the director of a public institution at its event ("the library director X will say a few words")
    r"(?:library|museum|gallery|archive|theatre|festival|opera|orchestra)[ \t]+director"
    r"),?[ \t]+(?:(?:prof(?:essor)?|dr|sir|dame)\.?[ \t]+)*$")
# Round 33 (tinaja, nubbin): the head of an institution named in apposition with the office and the institution, the
# way published programmes, journals' mastheads and boards' decisions sign ("Prof. X, Director of the Doctoral School",
# "Dear Dr X, as Editor-in-Chief of the Journal of ...", "Signed: Prof. X, Chair, Research Ethics Board"): a cased
# office of a head (not "Head of Payroll", an employee's post, nor a company's officers, read by _STATEMENT_WORD's
# rule) and a cased institution after it. A council's minutes name its officers in their office ("moved by the Chair,
# X", "seconded by the Mayor, Cllr X"). A private life told near the name keeps it (the caller's private_life_near).
_HEAD_OFFICE = (r"(?:(?:Acting|Interim|Deputy|Vice|Founding|Executive)[ \t-]+)?(?:Director|President|Chair(?:person|man|"
                r"woman)?|Dean|Rector|Provost|Principal|Editor-in-Chief|Editor|Chief[ \t]+Editor|Registrar|"
                r"Secretary-General|Secretary[ \t]+General|Chancellor|Vice-Chancellor|Commissioner|Governor|"
                r"Ombuds(?:man|person)|Convenor)")
_HEAD_OF_INSTITUTION_AFTER = regex.compile(
    rf"[ \t]*,[ \t]+(?:as[ \t]+)?(?:the[ \t]+)?{_HEAD_OFFICE}(?:[ \t]+of[ \t]+(?:the[ \t]+)?\p{{Lu}}|[ \t]*,[ \t]+(?:the[ \t]+)?"
    rf"(?:\p{{Lu}}[\p{{L}}-]*[ \t]+){{0,4}}(?:Board|Committee|Council|Panel|Commission|Authority|Institute|School|"
    rf"Faculty|Academy|Society|Journal)(?![\p{{L}}]))")
_MINUTED_OFFICE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:moved|seconded|proposed|chaired|presided[ \t]+over|put)[ \t]+by[ \t]+(?:the[ \t]+)?(?:Chair(?:man|"
    r"woman|person)?|Vice-Chair|Mayor|Deputy[ \t]+Mayor|Leader(?:[ \t]+of[ \t]+the[ \t]+Council)?|Councillor|Cllr\.?|"
    r"Clerk|Presiding[ \t]+Officer|Convenor)[ \t]*,?[ \t]*(?:(?:Cllr\.?|Councillor|Alderman|Ald\.)[ \t]+)?$")
# Round 33 (yazoo): an elite athlete by the title of record before the name ("Paralympic gold medallist X", "the pro
# cyclist X in her role as club patron", "published training of pro triathlete X", "international striker X") or a
# ranking after it on a published list ("1. X (Olympic champion) 2:08:26  2. Y (world No. 7)"); a club captain
# speaking to the press. A youth game and a private life keep them people (the callers').
_ELITE_ATHLETE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:(?:olympic|paralympic|world|european|commonwealth|national)[ \t]+(?:(?:gold|silver|bronze)[ \t]+)?"
    r"(?:medal(?:l)?ist|champion|record[ \t-]+holder)|olympian|paralympian|(?:pro|professional|elite|international)[ \t]+"
    r"(?:cyclist|triathlete|runner|athlete|swimmer|footballer|golfer|rower|boxer|striker|sprinter|marathoner|"
    r"climber|skier|jockey|(?:tennis|rugby|hockey|cricket|basketball|netball)[ \t]+player))[ \t]+$")
_ELITE_RANK_AFTER = regex.compile(
    r"(?i)[ \t]*\((?:(?:olympic|paralympic|world|european|commonwealth)[ \t]+(?:champion|medal(?:l)?ist|record[ \t-]+holder)|"
    r"world[ \t]+(?:no\.?|number|#)[ \t]*\d{1,3}|seed(?:ed)?[ \t]+\d{1,2}|national[ \t]+record[ \t-]+holder)\)")
_CAPTAIN_TO_THE_PRESS = regex.compile(
    r"(?i)(?<![\p{L}])(?:club|team|first-team|senior)[ \t]+captain[ \t]+$")
_TO_THE_PRESS_AFTER = regex.compile(r"(?i)[ \t]+(?:spoke|talked|told|said)[ \t]+(?:to[ \t]+)?(?:the[ \t]+)?(?:press|media|"
                                   r"reporters|journalists)(?![\p{L}])")
_RESULT_ROW_AFTER = regex.compile(r"[ \t]*\((?-i:[A-Z]{3})\)[ \t]*(?:\d{1,2}:)?\d{1,2}:\d\d(?:[.,]\d{1,3})?(?!\d)")
_ELITE_RESULTS = regex.compile(r"(?i)(?<![\p{L}])(?:elite|official[ \t]+results|world[ \t]+(?:championships?|cup)|"
                               r"olympic\p{L}*|grand[ \t]+prix|diamond[ \t]+league|major|prize[ \t]+(?:money|\$|€|£))"
                               r"(?![\p{L}])")


def _youth_game_near(text: str, start: int, end: int) -> bool:
    """A youth or a children's game (_YOUTH_GAME) within 300 characters of [start, end): its players are children."""
    return _YOUTH_GAME.search(text, max(0, start - 300), min(len(text), end + 300)) is not None


def patron_at_a_ceremony(text: str, start: int, end: int) -> bool:
    """See _PATRON_BEFORE: pii asks it before its private cues, which read "our patron" as one's boss (French)."""
    return _PATRON_BEFORE.search(text, max(0, start - 40), start) is not None and _CEREMONY_AFTER.match(
        text, end) is not None


# Round 32 (tor): a company's officer quoted in its results or its statement ("..., said Chief Executive X. CFO Y
# reiterated guidance"): an office of record, its holder named in that role.
_CORPORATE_OFFICER_BEFORE = regex.compile(r"(?<![\p{L}])(?:Chief[ \t]+(?:Executive|Financial|Operating|Commercial)"
                                          r"(?:[ \t]+Officer)?|CEO|CFO|COO|Chair(?:man|woman)?|Managing[ \t]+Director)"
                                          r"[ \t,]+$")
_STATEMENT_WORD = regex.compile(r"(?i:(?<![\p{L}])(?:said|says|reiterated|announced|commented|added|guidance|told[ \t]+"
                                r"(?:analysts|investors|reporters|shareholders)|results|outlook)(?![\p{L}]))")
# Round 32 (horst): an author billed by a published work ("Guest: X, author of the bestselling history of ..."), a
# party's or an office's spokesperson in a statement ("statements from X, party spokesperson"), a character named as
# one ("the reboot of X (character, not the cast)", "is X a reliable narrator?").
_AUTHOR_OF_A_WORK_AFTER = regex.compile(r"(?i:[ \t]*,[ \t]*(?:the[ \t]+)?(?:author|writer|novelist|historian|biographer)"
                                        r"[ \t]+of[ \t]+(?:(?:the|a|an)[ \t]+)?(?:best-?selling|award-winning|acclaimed|"
                                        r"prize-winning|celebrated|classic)|[ \t]*,[ \t]*(?:the[ \t]+)?(?:author|writer)"
                                        r"[ \t]+of[ \t]+['‘\"“«])")
_SPOKESPERSON_AFTER = regex.compile(r"(?i:[ \t]*,[ \t]*(?:the[ \t]+)?(?:party|government|ministry|police|club|campaign|"
                                    r"official|company|council|federation|union)['’]?s?[ \t]+spokes(?:person|man|woman))")
# Round 35 (flysch): a person quoted in a press clipping by their public role ('Press clipping: "X, the insurer's Chief
# Claims Officer, said today ..."', "X, headliner of the Y festival, said ..."; Source: ... newsroom): what a named
# person says to the press in a role is published. The role in apposition, then a verb of saying; a press word near.
_PRESS_QUOTE_AFTER = regex.compile(r"[ \t]*,[^.,;!?\n\"“”]{2,80},[ \t]+(?i:said|says|told|added|announced|confirmed|"
                                   r"stated|commented)(?![\p{L}])")
_PRESS_WORD = regex.compile(r"(?i:(?<![\p{L}])(?:press[ \t]+(?:clipping|cutting|release|statement|review)s?|newsroom|"
                            r"clippings?|news[ \t]+(?:item|story|article|report|wire)|(?:reported|according)[ \t]+(?:by|to)|"
                            r"source:[^\n]{0,40}(?:news|times|post|herald|gazette|journal|reuters|press|wire))(?![\p{L}]))")
_CHARACTER_AFTER = regex.compile(r"(?i:[ \t]*\((?:the[ \t]+)?(?:fictional[ \t]+)?character\b|[ \t]+an?[ \t]+"
                                 r"(?:un)?reliable[ \t]+narrator)")
# Round 32 (tuya, kipuka, sastrugi): an animal's record ("Patient: Nell (Simmental), tag 508-666405-207, born ..."):
# the patient with its breed in brackets and a tag is a cow, not a person; a character of a script ("Sister X appears
# in the second scene"); a speaker billed at a conference ("publicly discussed by X in a conference talk").
_ANIMAL_RECORD_AFTER = regex.compile(r"[ \t]*\([\p{L}][\p{L} x×-]{1,30}\)[ \t]*,?[ \t]*(?i:(?:ear[ \t]*)?tag|chip|"
                                     r"microchip|passport)(?![\p{L}])")
_IN_A_SCENE_AFTER = regex.compile(r"(?i:[ \t]+(?:appears|enters|exits|speaks|sings)[ \t]+(?:in|during|at)[ \t]+(?:the[ \t]+)?"
                                  r"(?:first|second|third|fourth|fifth|final|last|opening|closing|\d{1,2}(?:st|nd|rd|th))"
                                  r"[ \t]+(?:scene|act))")
_CONFERENCE_TALK_AFTER = regex.compile(r"(?i:[ \t]+(?:in|at|during)[ \t]+(?:a|the|her|his|their)[ \t]+(?:conference[ \t]+)?"
                                       r"(?:talk|keynote|presentation|panel))")
_DISCUSSED_BY_BEFORE = regex.compile(r"(?i:(?:discussed|presented|disclosed|demonstrated|described)[ \t]+by[ \t]+$)")
# Round 32 (kipuka): a saint's church, hall or school ("Rehearsal in the St Eadfrid's Hall"): a place named for a saint.
_SAINT_BEFORE = regex.compile(r"(?<![\p{L}])(?:St\.?|Saint|Ste\.?|Sankt|San|Santa|São)[ \t]+$")
_SAINTS_PLACE = regex.compile(r"(?:['’]s)?[ \t]*(?:Hall|Church|Chapel|School|Centre|Center|House|Rooms?|Hospital|College|"
                              r"Academy|Cathedral|Abbey|Priory|Parish|Hospice|Primary|Infants)(?![\p{L}])")
_DEAR_BEFORE = regex.compile(r"(?i:(?<![\p{L}])(?:dear|hi|hello)[ \t]+$)")


def name_of_record(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is mentioned as an author of record or a competitor in a senior event of record (see
    above), here or (round 32, sandur: '"chef-patron X of Y retains two stars ...; "...," X told the awards
    ceremony') at another mention of the same name within _RECORD_REACH characters, four at most."""
    if _recorded_here(text, start, end):
        return True
    value = text[start:end].strip()
    if len(value) < 5 or " " not in value:
        return False  # (a full name only: one word may be anybody's)
    lo, hi = max(0, start - _RECORD_REACH), min(len(text), end + _RECORD_REACH)
    seen, at = 0, text.find(value, lo, hi)
    while at >= 0 and seen < 4:
        if at != start and _recorded_here(text, at, at + len(value)):
            return True
        seen += 1
        at = text.find(value, at + len(value), hi)
    return False


_RECORD_REACH = 2_000


def _recorded_here(text: str, start: int, end: int) -> bool:
    """name_of_record's reading of one mention. Bounded: reads the name's sentence and its line, and 600 characters
    around an author's line."""
    value = text[start:end].strip()
    lo, hi = _sentence(text, start, end)
    if _INITIALS_THEN_SURNAME.fullmatch(value) and (_CITED_YEAR_AFTER.match(text, end) or _BY_A_PUBLICATION_BEFORE.search(
            text, max(lo, start - 30), start)) and (_PUBLICATION_WORD.search(text, max(lo, start - 60), start) or
                                                    _DOI_AFTER.match(text, end)):
        return True  # the publication named before the author, or its DOI right after the year
    if _AUTHOR_LABEL_BEFORE.search(text, _line_start(text, start), start) and _ISBN.search(
            text, max(0, start - 300), min(len(text), end + 300)):
        return True
    line = _line_start(text, start)
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _PROGRAMME_BILLING_BEFORE.search(text, max(line, start - 40), start) and _KEYNOTE.search(text, line, line_end):
        return True  # "Keynote: Prof. X (Y University), 'Beyond ...'. Chair: Prof. Z.": a programme's billing
    if _HEAD_OF_INSTITUTION_BEFORE.search(text, max(lo, start - 40), start):
        return True  # "welcome by the Vice-Chancellor, J. X": the head of an institution in that office
    if _HEAD_OF_INSTITUTION_AFTER.match(text, end) or _MINUTED_OFFICE_BEFORE.search(text, max(lo, start - 60), start):
        return True  # round 33: "Prof. X, Director of the Doctoral School"; "moved by the Chair, X"
    if _STATE_OFFICE_BEFORE.search(text, max(lo, start - 40), start) or _STATE_OFFICE_AFTER.match(text, end):
        return True  # "Consul-General X", "Ambassador X will address ...", "X, Bank of Greece governor, said"
    if _CHEF_BEFORE.search(text, max(lo, start - 24), start) and _GUIDE_OR_AWARD.search(
            text, max(0, line - 300), min(len(text), line_end + 200)):
        return True  # "chef-patron X of Y retains two stars in the Z Guide", "2. Y — chef X (new entry)"
    if patron_at_a_ceremony(text, start, end):
        return True  # "Our patron X opened the Oak wing in 2019"
    if _ARTWORK_LABEL_AFTER.match(text, end) or (_CURATED_BY_BEFORE.search(text, max(lo, start - 24), start) and (
            _FOR_A_VENUE_AFTER.match(text, end, min(len(text), end + 80)))):
        return True  # "Exhibition label: X (b. 1971), 'Title', ...", "Curated by X for the Y Playhouse"
    if _SET_TIME_BEFORE.search(text, max(line, start - 12), start) and _LINE_UP.search(text, line, start):
        return True  # "LINE-UP Sat main stage: 18:00 X, 19:30 Y": an act on a published bill
    if capped_profile(text, start, end) or _CLUB_CONFIRMED_BEFORE.search(text, max(lo, start - 80), start) and (
            not _youth_game_near(text, start, end)):
        return True  # round 32 (hogback): a capped player's profile; a club's statement about its captain
    if _SAINT_BEFORE.search(text, max(0, start - 8), start) and (
            _SAINTS_PLACE.search(value) is not None and _SAINTS_PLACE.search(value).end() == len(value)
            or _SAINTS_PLACE.match(text, end) is not None):
        return True  # round 32 (kipuka): "St Eadfrid's Hall", "St Osburga's Church"
    if _ANIMAL_RECORD_AFTER.match(text, end) or _IN_A_SCENE_AFTER.match(text, end) or (
            _CONFERENCE_TALK_AFTER.match(text, end) and _DISCUSSED_BY_BEFORE.search(text, max(lo, start - 40), start)):
        return True  # round 32 (tuya, kipuka, sastrugi): an animal's record, a character, a conference speaker
    if _AUTHOR_OF_A_WORK_AFTER.match(text, end) or _SPOKESPERSON_AFTER.match(text, end) or _CHARACTER_AFTER.match(
            text, end):
        return True  # round 32 (horst): a billed author, a spokesperson, a character named as one
    comma = text.find(",", start, end)  # (a model's span may take the role's first words in: "X, Y Rent's")
    if _PRESS_QUOTE_AFTER.match(text, end if comma < 0 else comma) and _PRESS_WORD.search(
            text, max(0, start - 400), min(len(text), end + 300)):
        return True  # round 35 (flysch): 'Press clipping: "X, the insurer's Chief Claims Officer, said today ..."'
    if _CORPORATE_OFFICER_BEFORE.search(text, max(lo, start - 30), start) and _STATEMENT_WORD.search(
            text, max(lo, start - 60), min(hi, end + 60)):
        return True  # round 32 (tor): "said Chief Executive X", "CFO Y reiterated guidance"
    if _DEATH_LONG_AGO_AFTER.match(text, end) or _CREDIT_AFTER.match(text, end) or _AWARDED_FOR_AFTER.match(
            text, end, min(len(text), end + 60)) or _RIDER_BEFORE.search(text, max(line, start - 30), start):
        return True  # round 32 (cwm): the dead of a provenance, an artist's credits, grants and rider
    if _YOUR_WORK_AFTER.match(text, end, min(len(text), end + 80)) and _DEAR_BEFORE.search(text, max(line, start - 12), start):
        return True  # "Dear X, your concert at the Y Konserthus changed my life": a performer's fan mail
    if _STAGE_DIRECTION_AFTER.match(text, end) or _CASTING_BREAKDOWN_AFTER.match(text, end) and _CASTING_CALL.search(
            text, max(line, start - 200), start):
        return True  # "Roles: Madame X (40s-50s, ...)", "X enters upstage left": a character
    if (_ELITE_ATHLETE_BEFORE.search(text, max(lo, start - 50), start) or _ELITE_RANK_AFTER.match(text, end) or (
            _CAPTAIN_TO_THE_PRESS.search(text, max(lo, start - 30), start) and _TO_THE_PRESS_AFTER.match(text, end))) and (
            not _youth_game_near(text, start, end)):
        return True  # round 33 (yazoo): "Paralympic gold medallist X", "X (world No. 7)", "club captain X spoke to the press"
    if _NATIONAL_SQUAD_OFFICE_BEFORE.search(text, max(lo, start - 70), start):
        return True  # "Head coach of the national team X said at the press conference": an office of record
    if (_MATCH_MINUTE_AFTER.match(text, end) or _MATCH_DEED_AFTER.match(text, end) or _REFEREE_BEFORE.search(
            text, max(lo, start - 12), start)) and _MATCH_RECORD.search(text, lo, hi) and not _youth_game_near(text, start, end):
        return True
    return _RESULT_ROW_AFTER.match(text, end) is not None and _ELITE_RESULTS.search(
        text, max(0, line - 300), line_end) is not None and not _YOUTH_GAME.search(text, max(0, line - 300), line_end)


def famous_by_context(text: str, start: int, end: int, listed: Callable[[str], bool],
                      any_listed: Callable[[str], bool] | None = None) -> bool:
    """The name at [start, end) is written the way one writes about a public figure or a historical
    person (see the patterns above), or it stands in a list or a family with a name `listed`
    knows: "Fantasy team: <listed>, X, Y", "Johann Sebastian Bach -- sons X Bach and Y Bach",
    "Boeing, William Boeing, 1916" under a founders header. The caller has already ruled out
    private cues ("my colleague X"). `any_listed`: listed at all, even a name many private people
    bear ("Michael Dell"): enough in a table column headed by a role of public record."""
    before = text[max(0, start - 60):start]
    if (style := _STYLE_LEAD.match(text, start, end)) is not None:
        before = text[max(0, start - 60):style.end()]  # round 30: "the Rt [Revd Michael Ipgrave]": NER took the style in
    if (_OFFICE_BEFORE.search(before) and not private_life_near(text, start, end)) or _WORK_BY_BEFORE.search(
            text[max(0, start - 120):start]):
        return True  # "Senator X voted ..." (not "Senator X's sister says he was arrested")
    if _CITED_BEFORE.search(text, max(0, start - 8), start) or _FICTION_MARK_AFTER.match(text, end):
        return True  # round 41 (arroyo, rill): "cf. X on attachment", "X (moot-court problem character)"
    if _COLLECTED_WORKS_AFTER.match(text, end) or (_ARTWORK_OF_BEFORE.search(text, max(0, start - 40), start) and (
            _ARTWORK_MEDIUM_AFTER.match(text, end))) or _catalogue_creator(text, start, end):
        return True  # round 41 (gour): "the X collected edition"; "portrait of X, oil on panel"; a collection
        # export's creator column
    if name_of_record(text, start, end) and not private_life_near(text, start, end):
        return True  # round 31 (a private life told near it keeps the person: "Minister X was diagnosed with ..."): "the article by G. X (2004), doi:...", "X (71') scored", "3. X (KEN) 2:09:28"
    if (any(_SUPERVISORY_OFFICE_BEFORE.search(text, max(0, at - 120), at) for at in _name_starts(text, 0, start, end)
            if at == start or at < end and text[at:end].strip()) or _SUPERVISORY_OFFICE_AFTER.match(text, end)) and (
            not _owned_before(text, start)) and not _private_in_sentence(text, start, end):
        return True  # "Data Protection Commissioner X", "X, Chair of the EDPB": see _SUPERVISORY_OFFICE_BEFORE (NER may
        # take the office's last word into the name: "CNIL X" of "la présidente de la CNIL X")
    if (_LIFE_STORY_BEFORE.search(before) or _LIFE_STORY_AUTHOR_BEFORE.search(text, max(0, start - 120), start)) and (
            not _OWN_RELATION_AFTER.match(text, end)):
        return True  # "la biographie de X par Y", "el documental de X", "ein Dokumentarfilm über X"
    if _DISCOVERED_BEFORE.search(before) or _INFLUENCE_BEFORE.search(before) and _INFLUENCE_AFTER.match(text, end):
        return True  # "¿Qué descubrió X ...?", "l'influence de X sur la loi", "Einfluss von X auf ..."
    if _ABOUT_A_WORK_BEFORE.search(before) and _GENITIVE_THEN_TITLE.search(text, start, min(len(text), end + 40)):
        return True  # "Vad handlar Vilhelm Mobergs Utvandrarna om?": what an author's work is about
    if _calling_after(text, end) and not _owned_before(text, start):
        return True  # "Hermann Weyl (the mathematician)", "Clara Schumann, die Komponistin": a calling of record
    if _LONG_AGO_AFTER.match(text, end) or _DIED_LONG_AGO_AFTER.match(text, end) or gedcom_ancestor(text, start):
        return True  # "Piri Reis — born c. 1465": see _LONG_AGO_AFTER; a GEDCOM ancestor's record (round 24)
    if _DEED_AFTER.match(text, end) or _REGNAL.fullmatch(text[start:end]) or _REGNAL_AFTER.match(text, end) and len(
            text[start:end].split()) == 1:
        return True  # "Louis XIV", "Ramesses II": one name and a regnal number
    if _a_family_by_name(text, start, end) or any(_cue_before(_CALLING_BEFORE, text, max(0, at - 30), at)
                                                  for at in _name_starts(text, _line_start(text, start), start, end)):
        return True
    if _FANTASY_BEFORE.search(text, _line_start(text, start), start) or _inspired_or_biographical(
            text, start, any_listed or listed):
        return True
    if _named_after_by_role(text, start) or _royal_by_title(text, start, end) or _told_as_history(text, start, end) or (
            _in_history(text, start, end)):
        return True
    if public_entry_note(text, start, end) or convention_example(text, start, end) or quoted_name_asked_about(
            text, start, end):
        return True  # "Name: X" + "Public figure, for the quiz card"; "family name first, as in X" (round 23)
    return _in_a_list_with_a_figure(text, start, end, listed) or _kin_or_founder(text, start, end, listed) or (
        _column_with_a_figure(text, start, end, any_listed or listed)) or _famous_in_its_sentence(text, start, end)


# --- Round 16: people the text names through a public role, a royal title or history.
# Naming after somebody ("named after", "benannt nach", "nommé d'après", "llamado en honor a", "in onore di",
# "na cześć", "в честь") with that somebody's role between the preposition and the name ("named after
# anaesthesiologist X", "benannt nach dem Ökonomen X", "the X curve after economist Y" later in the sentence): an
# eponym's namesake. A possessive, a relation or a pronoun between ("named after my/his grandfather X", "nach
# meiner Kollegin X") keeps the name private (_PRIVATE_BETWEEN).
_NAMING_CUE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:named|renamed|benannt|nommée?s?|appelée?s?|llamad[oa]s?|denominad[oa]s?|chiamat[oa]|"
    r"intitolat[oa]|nomead[oa]|batizad[oa]|nazwan[aey]|названн?[аоы]?|vernoemd|genoemd|uppkallad|opkaldt|oppkalt|"
    r"nimetty|namesake|eponym\p{L}*|in[ \t]+hono(?:u)?r[ \t]+of|zu[ \t]+Ehren|en[ \t]+honor[ \t]+(?:a|de|del)|"
    r"in[ \t]+onore[ \t]+d\p{L}*|en[ \t]+l['’]honneur[ \t]+d\p{L}*|na[ \t]+cześć|в[ \t]+честь|ter[ \t]+ere[ \t]+van)"
    r"(?![\p{L}\p{M}])")
_ROLE_THEN_NAME = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:after|for|of|nach|von|d['’]après|de|del|por|a|di|della|dello|van|efter|etter|na[ \t]+cześć|"
    r"честь)[ \t]+(?:(?:the|der|dem|den|des|die|le|la|l['’]|el|il|lo|o|a|do|da)[ \t]*)?"
    r"(?P<role>[\p{L}\p{M}-]{3,}(?:[ \t]+[\p{L}\p{M}-]{3,})?)[ \t]+$")
_PRIVATE_BETWEEN = frozenset("""his her their its your my our him them me us""".split())
_NAMING_REACH = 200  # characters back to the naming cue, within the name's sentence


def _named_after_by_role(text: str, start: int) -> bool:
    """"named after anaesthesiologist X", "the X pension is named after labour minister Y; the Z curve after
    economist W", "benannt nach dem Ökonomen X": a naming cue in the sentence and a role (one or two words, no
    possessive, pronoun or relation) between the preposition and the name."""
    role = _ROLE_THEN_NAME.search(text, max(0, start - 60), start)
    if role is None:
        return False
    words = [w.lower() for w in _SCAN_WORD.findall(role.group("role"))]
    if any(w in _POSSESSIVES or w in _PRIVATE_BETWEEN or fold_token(w) in _RELATION_WORDS for w in words):
        return False
    lo = max(0, start - _NAMING_REACH)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, role.start())]
    lo = breaks[-1] if breaks else lo
    cue = _NAMING_CUE.search(text, lo, role.end())
    return cue is not None and not _private_words(text, lo, start)


# A royal or princely title before the name, with the house or the land after it ("Prince X of Y", "Duchess X of
# Y", "Prinzessin X von Y", "la princesa X de Y"), or before the name itself where the title is only a royal's
# ("Princess X", "Archduke X"); and the spouse beside a titled royal ("Prince X and Y married ..."). Not "King",
# "Duke", "Queen", "Prince" alone before a name: given names and surnames too ("Duke Johnson", "Prince Adeyemi").
_ROYAL_TITLES = (r"Prince|Princess|Duke|Duchess|Queen|King|Emperor|Empress|Archduke|Archduchess|Grand[ \t]+Duke|"
                 r"Grand[ \t]+Duchess|Crown[ \t]+Prince(?:ss)?|Tsar|Tsarina|Czar|Sultan|Prinz|Prinzessin|Herzog|"
                 r"Herzogin|Kronprinz(?:essin)?|Königin|König|Kaiser|Kaiserin|Príncipe|Princesa|Infanta|Infante|"
                 r"Duque|Duquesa|Reina|Rey|Principe|Principessa|Duca|Duchessa|Regina|Princesse|Duc|Reine|Roi|Prins|"
                 r"Prinses|Prinsessan?|Kronprins(?:essan)?|Drottning|Kung|Dronning|Konge|Książę|Księżna|Królowa|Król|"
                 r"Принц|Принцесса|Герцог|Герцогиня|Царь|Царица|Королева|Король")
_ROYAL_ONLY = r"Princess|Duchess|Empress|Archduke|Archduchess|Crown[ \t]+Prince(?:ss)?|Tsarina|Prinzessin|Herzogin|" \
              r"Kronprinz(?:essin)?|Principessa|Duchessa|Princesse|Prinsessan?|Kronprins(?:essan)?|Księżna|Принцесса|" \
              r"Герцогиня|Царица"
_ROYAL_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<title>{_ROYAL_TITLES})[ \t]+$")
_ROYAL_ONLY_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_ROYAL_ONLY})[ \t]+$")
_ROYAL_IN = regex.compile(rf"(?:{_ROYAL_TITLES})[ \t]+\p{{Lu}}")  # NER took the title into the span
_HOUSE_AFTER = regex.compile(r"[ \t]+(?:of|von|de|di|af|av|van|d['’]|ze|из)[ \t]*\p{Lu}")
_ROYAL_PAIR_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:{_ROYAL_TITLES})[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}'’-]+(?:[ \t]+(?:of|von|de|di|af|av|van)[ \t]+"
    r"\p{Lu}[\p{L}\p{M}'’-]+)?[ \t]+(?:and|&|und|et|y|e|i|og|och|en|и)[ \t]+$")
_ROYAL_PAIR_AFTER = regex.compile(
    rf"[ \t]+(?:and|&|und|et|y|e|i|og|och|en|и)[ \t]+(?:{_ROYAL_TITLES})[ \t]+\p{{Lu}}")


# Round 42 (knoll, first look): the title in apposition after the name, or after a pair of names ("Harry and Meghan,
# the Duke and Duchess of Sussex", "X, Countess of Y"): a peer or a royal named with the title they are known by.
_PEERAGE = rf"(?:{_ROYAL_TITLES}|Earl|Countess|Marquess|Marchioness|Viscount(?:ess)?|Baron(?:ess)?)"
_TITLE_APPOSED_AFTER = regex.compile(
    rf"(?:[ \t]+(?:and|&)[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}'’-]+)?[ \t]*,[ \t]*(?:the[ \t]+)?{_PEERAGE}"
    rf"(?:[ \t]+(?:and|&)[ \t]+{_PEERAGE})?[ \t]+of[ \t]+\p{{Lu}}")


def _royal_by_title(text: str, start: int, end: int) -> bool:
    """"Prince X of Y", "Princess X", "Prince X and Y married at ...": see _ROYAL_TITLES. A possessive before the
    title ("my Princess X", a pet name) keeps the name private."""
    lo = max(0, start - 60)
    value = text[start:end]
    titled = _ROYAL_BEFORE.search(text, lo, start)
    if titled is not None or _ROYAL_IN.match(value):
        at = titled.start() if titled is not None else start
        if _private_words(text, max(0, at - 20), at):
            return False
        return _HOUSE_AFTER.match(text, end) is not None or bool(_ROYAL_ONLY_BEFORE.search(text, lo, start)) or (
            _HOUSE_AFTER.search(value) is not None)
    if _TITLE_APPOSED_AFTER.match(text, end) is not None:
        return not _private_words(text, max(0, start - 30), start)
    pair = _ROYAL_PAIR_BEFORE.search(text, max(0, start - 80), start)
    if pair is not None:
        return not _private_words(text, max(0, pair.start() - 20), start)
    return _ROYAL_PAIR_AFTER.match(text, end) is not None and not _private_words(text, max(0, start - 20), start)


_ROYAL_SUBJECT_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<title>{_ROYAL_TITLES})[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}'’-]+(?:[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}'’-]+)?"
    r"(?P<house>[ \t]+(?:of|von|de|di|af|av|van)[ \t]+\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?)?"
    r",?(?:[ \t]+\p{Ll}+){0,2}[ \t]+$")


# Round 32 (hogback): an international's profile as clubs and federations publish it: the name, the birth date in
# brackets, the position and the caps ("Profile: X (born 1999-09-15), point guard, 79 caps, joined Y"): a capped
# player is a public figure, the profile a published record. Not a youth or a club's own members' list (_YOUTH_GAME).
_CAPPED_PROFILE_AFTER = regex.compile(r"[ \t]*\((?:born|b\.|geb\.|n[ée]e?)[ \t]*[^()\n]{4,24}\)[ \t]*,[ \t]*"
                                      r"[\p{L}][\p{L} /-]{2,30},[ \t]*\d{1,3}[ \t]+(?:caps|international[ \t]+caps|"
                                      r"appearances[ \t]+for[ \t]+(?:the[ \t]+)?national)(?![\p{L}])")
_PROFILE_NAME_BEFORE = regex.compile(r"\p{L}[\p{L}\p{M}'’. -]{1,60}$")


def capped_profile(text: str, start: int, end: int) -> bool:
    """The name at [start, end) opens a capped player's published profile (_CAPPED_PROFILE_AFTER)."""
    return _CAPPED_PROFILE_AFTER.match(text, end, min(len(text), end + 120)) is not None and not _YOUTH_GAME.search(
        text, max(0, start - 200), min(len(text), end + 200))


def capped_profile_birth(text: str, start: int) -> bool:
    """The birth date at `start` is the one in a capped player's published profile: the name right before its
    bracket (see capped_profile)."""
    bracket = text.rfind("(", max(0, start - 12), start + 1)
    if bracket < 0:
        return False
    name = _PROFILE_NAME_BEFORE.search(text, max(0, bracket - 60), bracket)
    if name is None:
        return False
    value = name.group()  # (its own spaces trimmed: no copy of the text before it, which may be 100 KB)
    return capped_profile(text, name.start() + len(value) - len(value.lstrip()), name.end() - len(value) + len(value.rstrip()))


# Round 32 (hogback): a club's statement about its captain or a named player's fitness ("X FC confirmed today that
# captain Y suffered ..."): the club speaking of its player in public, not a private person's record. Not a youth
# side's (_YOUTH_GAME), nor with kin or a private cue (private_life_near, asked by the caller).
_CLUB_CONFIRMED_BEFORE = regex.compile(r"(?i:(?:confirmed|announced|said|reported)(?:[ \t]+today|[ \t]+on[ \t]+\p{L}+)?"
                                       r"[ \t]+that[ \t]+(?:(?:club|team|squad)[ \t]+)?(?:captain|skipper|striker|"
                                       r"goalkeeper|keeper|forward|midfielder|defender|winger|point[ \t]+guard|"
                                       r"fly-half|playmaker|star)[ \t]+)$")


def royal_subject_before(text: str, start: int) -> bool:
    """A royal, titled as _royal_by_title reads them ("Prince X of Y", "Princess X"), is the subject right before
    [start: "Prince X of Y was " + "born on <date>": a public figure's birth, not a private date of birth."""
    subject = _ROYAL_SUBJECT_BEFORE.search(text, max(0, start - 90), start)
    if subject is None or _private_words(text, max(0, subject.start() - 20), subject.start()):
        return False
    return subject.group("house") is not None or regex.fullmatch(_ROYAL_ONLY, subject.group("title")) is not None


# History told: a year long past (before 1960, a number standing alone as a year) in the name's sentence, after "in"
# / "im Jahr" / "en" ..., or after a month or in brackets with a past tense in the sentence ("In 1888 X drove ...", "X was convicted ... in 1931", "X died in a crash near Y in 1955", "Im Jahr 1905
# veröffentlichte X ..."). Not a birth year ("X, born in 1948, ...", "geb. 1948", "DOB 12.03.1948": the sentence
# gives somebody's birth, living people's data), not a year inside a date written with digits, not with a
# possessive or a relation in the sentence ("my grandfather X emigrated in 1952": a family's data).
_OLD_YEAR = regex.compile(r"(?<![\p{N}\p{L}_=:#+./-])(?<!\p{N}[ \t])(?:1[0-8]\d\d|19[0-5]\d)"
                          r"(?![\p{N}\p{L}_]|[ \t./-]\p{N})")
# What a record holds, not a story: a long digit run (a phone, a card, an account: "050 120 1416"), an e-mail
# address, a key=value pair ("holder=", "zip=") in the sentence.
_RECORD_IN_SENTENCE = regex.compile(r"\p{N}(?:[ \t.-]?\p{N}){6}|@[\w-]+\.|[\w\]\"']=")
_YEAR_OPENS = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:in|im|en|em|nel|no|na|w|во?|i|år|anno|(?:in|im)[ \t]+(?:the[ \t]+)?(?:year|jahr|jahre)|"
    r"en[ \t]+l['’]an|en[ \t]+el[ \t]+año|nell['’]anno|no[ \t]+ano|by|until|since|from|around|c\.|circa)[ \t]+$")
_PAST_TENSE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:was|were|had|did|\p{L}{2,}ed|drove|died|won|wrote|built|made|became|led|fought|took|"
    r"gave|went|came|began|ran|flew|sang|sold|bought|left|met|rode|saw|spoke|stood|fell|lost|held|taught|"
    r"starb|wurde|war|fuhr|schrieb|gründete|erfand|mourut|fut|était|écrivit|fonda|murió|fue|escribió|fundó|morì|"
    r"fu|scrisse|fondò|morreu|foi|escreveu|fundou|zmarł[ao]?|był[ao]?|napisał[ao]?|założył[ao]?|умер(?:ла)?|был[ао]?|"
    r"написал[ао]?|основал[ао]?|overleed|stierf|werd|schreef|stichtte|dog|blev|skrev|grundade|kuoli|oli|kirjoitti|"
    r"öldü|oldu|yazdı|kurdu|meghalt|volt|írta|alapította)(?![\p{L}\p{M}])")
_BIRTH_CUE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:born|birth\p{L}*|b\.|d\.?o\.?b\.?|geb\.|geboren|geburt\p{L}*|née?|naissance|nacid[oa]|"
    r"nacimiento|nat[oa]|nascit[ao]|nascid[oa]|nascimento|urodzon\p{L}*|urodził\p{L}*|urodzenia|родил\p{L}*|"
    r"рождени\p{L}*|geboorte\p{L}*|född|født|syntynyt|syntymä\p{L}*|doğ\p{L}*|szület\p{L}*|age|aged|alter|"
    r"edad|âge|età|idade|wiek|возраст)(?![\p{L}\p{M}])")
_HISTORY_REACH = 200  # characters either side of the name, within its sentence
_STORY_END = regex.compile(r"[.!?。！？](?=\s|$)|\n")  # a sentence's end after the name ("t.wierzbicki@..." is inside)
# A Gregorian month (and a day) right before the year: "on 30 September 1955", "June 5, 1931", "am 3. März 1905".
_MONTH_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:jan|feb|fév|fev|mar|mär|apr|avr|abr|may|mai|mei|maj|mag|jun|jui|giu|jul|lug|aug|ago|aoû|"
    r"sep|set|okt|oct|ott|out|nov|dec|déc|dez|dic)\p{L}*\.?[ \t]+(?:\d{1,2}(?:st|nd|rd|th)?,?[ \t]+)?$")


# Round 21: a person placed in the history of a field after the name ("why X matters in the history of refugee
# protection", "X's place in the history of nursing", "X dans l'histoire de la médecine"), a talk or a course on a
# field's history in the name's sentence ("for a history-of-medicine talk: summarise what X changed"), a life one
# looks up as far as it is publicly documented, or a public commemoration ("a tribute to X for the anniversary
# display", "a centenary lecture on X"): history's figures. Not "the medical history of X" (before the name: a
# patient's record), and never with a possessive or a relation in the sentence.
_HISTORY_OF_AFTER = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:in[ \t]+the[ \t]+history[ \t]+of|in[ \t]+der[ \t]+Geschichte[ \t]+(?:des|der|von)|"
    r"dans[ \t]+l['’]histoire[ \t]+d|en[ \t]+la[ \t]+historia[ \t]+de|nella[ \t]+storia[ \t]+d|"
    r"na[ \t]+hist[óo]ria[ \t]+d|w[ \t]+historii|in[ \t]+de[ \t]+geschiedenis[ \t]+van|i[ \t]+historien[ \t]+om)"
    r"(?![\p{L}\p{M}])")
_HISTORY_FRAME = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:history-of-\p{L}+|publicly[ \t]+documented|"
                               # round 23: a history class's or a history podcast's piece ("a profile of X for a
                               # history podcast"); not a family's or a patient's history
                               r"(?<!family[ \t])(?<!medical[ \t])(?<!patient[ \t])(?<!credit[ \t])"
                               r"(?<!employment[ \t])(?<!purchase[ \t])(?<!order[ \t])(?<!browsing[ \t])"
                               r"(?<!work[ \t])(?<!case[ \t])history[ \t-]+(?:podcast|lesson|class|quiz|project|"
                               r"homework|essay|exam|textbook|lecture|module|course|assignment|teacher)s?|"
                               # a piece for schoolchildren about the person ("a short introduction to X for
                               # primary-school pupils", "für Grundschüler", "fyrir grunnskólanema")
                               r"for[ \t]+(?:primary|elementary|middle|high|secondary|grade)[ \t-]+school[ \t]*"
                               r"(?:students|pupils|kids|children|classes)|for[ \t]+schoolchildren|"
                               r"für[ \t]+(?:Grundschüler\p{L}*|Schüler\p{L}*|Schulkinder)|pour[ \t]+(?:des|les)[ \t]+"
                               r"(?:écoliers|élèves|collégiens|lycéens)|para[ \t]+(?:alumnos|escolares|niños[ \t]+de[ \t]+"
                               r"primaria|estudiantes[ \t]+de[ \t]+(?:primaria|secundaria))|"
                               r"fyrir[ \t]+(?:grunnskólanema|nemendur|skólabörn)|"
                               r"(?:anniversary|commemorative|memorial|centenary|bicentenary)[ \t]+"
                               r"(?:display|exhibition|exhibit|plaque|panel|lecture|concert)s?|"
                               r"öffentlich[ \t]+dokumentiert|publiquement[ \t]+document\p{L}*)(?![\p{L}\p{M}])")


def _in_history(text: str, start: int, end: int) -> bool:
    """The name placed in a field's history, or in a history talk's or a public record's frame (see above)."""
    lo, hi = _sentence(text, start, end)
    if not (_HISTORY_OF_AFTER.search(text, end, hi) or _HISTORY_FRAME.search(text, lo, hi)):
        return False
    return not _private_words(text, lo, hi)


def _told_as_history(text: str, start: int, end: int) -> bool:
    """A year before 1960 in the name's sentence, told as history (see _OLD_YEAR): a past tense there, or the year
    after "in" / "im Jahr" / "en"; never a birth (_BIRTH_CUE) and never with a possessive or relation."""
    lo = max(0, start - _HISTORY_REACH)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, start)]
    lo = breaks[-1] if breaks else lo
    stop = _STORY_END.search(text, end, min(len(text), end + _HISTORY_REACH))
    hi = stop.start() if stop else min(len(text), end + _HISTORY_REACH)
    years = list(_OLD_YEAR.finditer(text, lo, hi))
    if not years or _BIRTH_CUE.search(text, lo, hi) or _RECORD_IN_SENTENCE.search(text, lo, hi) or _private_words(
            text, lo, hi):
        return False
    if any(w.lower() in _PRIVATE_BETWEEN for w in _SCAN_WORD.findall(text, lo, start)):
        return False  # "her neighbour X ...": somebody's relation
    opened = [y for y in years if _YEAR_OPENS.search(text, max(lo, y.start() - 25), y.start())]
    dated = opened or [y for y in years if text[y.start() - 1:y.start()] == "(" or _MONTH_BEFORE.search(
        text, max(lo, y.start() - 30), y.start())]
    return bool(opened) or bool(dated) and _PAST_TENSE.search(text, lo, hi) is not None


# A life told in a book or a film ("la biographie de X", "el documental de X", "Dokumentation über X", "a biopic
# about X"), and its author after the subject ("... de X par Y", "... of X by Y"): one writes and films the lives of
# people the world knows. The work's word stands right before the name (with its preposition), so a relation
# between them ("el documental de mi abuelo X") keeps the name private.
_LIFE_STORY = (r"(?:biograph(?:y|ies|ie|ien)|biopics?|documentar(?:y|ies)|biograf(?:ía|ia|ie|ię|ii|i|ias|ías)|"
               r"biyografi(?:si)?|életrajz\p{L}*|elämäkerta|documental(?:es)?|document[áa]rio|documentario|"
               r"documentaire|dokumentation|dokumentarfilm|doku|dokument(?:u|em|ární|ár|är|arfilm)?|биографи[яюи]|"
               r"документальн\p{L}*[ \t]+фильм\p{L}*|фильм\p{L}*)")
_LIFE_PREP = (r"(?:of|about|on|de|del|da|do|di|della|sobre|sur|su|sul|über|von|o|om|van|over|про|о|об|"
              r"about[ \t]+the[ \t]+life[ \t]+of)")
_OWN_RELATION_AFTER = regex.compile(r"(?i)[ \t]*[,(–-][ \t]*(?:my|our|mi|mis|nuestr[oa]|mon|ma|mes|notre|mein\p{L}*|"
                                   r"unser\p{L}*|m[óo]j|moj\p{L}*|meu|minha|nosso|nossa|il[ \t]+mio|la[ \t]+mia|"
                                   r"mio|mia|mijn|onze|min|mitt|mina|мо[йяи]|мо[её]й)(?![\p{L}\p{M}])")
_LIFE_STORY_BEFORE = regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}]){_LIFE_STORY}[ \t]+{_LIFE_PREP}[ \t]+$")
_LIFE_STORY_AUTHOR_BEFORE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{M}}]){_LIFE_STORY}[ \t]+{_LIFE_PREP}[ \t]+(?-i:\p{{Lu}}[\p{{L}}\p{{M}}'’-]*"
    rf"(?:[ \t]+\p{{Lu}}[\p{{L}}\p{{M}}'’-]*){{0,3}})[ \t]+(?:by|par|por|von|di|da|door|av|af|przez|от)[ \t]+$")


# What somebody discovered or invented, asked with the verb before the name ("¿Qué descubrió X?", "Was entdeckte
# X?", "Co odkrył X?"): one asks that of the world's scientists, not of a colleague.
_DISCOVERED_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:(?:qu[ée]|what|was|wat|co|cosa|che|quoi|o[ \t]+que|vad|hvad|hva|mit|что|що)[ \t]+|qu['’])"
    r"(?:descubri[óo]|invent[óo]|descobriu|inventou|discovered|invented|entdeckte|erfand|a[ \t]+d[ée]couvert|"
    r"a[ \t]+invent[ée]|scopr[ìi]|invent[òo]|odkrył[ao]?|wynalazł[ao]?|ontdekte|objevil[ao]?|vynalezl[ao]?|"
    r"открыл[ао]?|изобр[её]л[ао]?|upptäckte|uppfann|opdagede|oppdaget|felfedezett|keşfetti|icat[ \t]+etti)[ \t]+$")
# The influence of somebody on something ("l'influence de X sur la loi de 1975", "Einfluss von X auf die Musik"):
# history's question about its figures. Both sides must be there; not "impact" or "role" ("the impact of X on the
# team's sales", "the role of X in the outage" are asked of employees).
_INFLUENCE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:influence|influencia|influência|influenza|einfluss|wpływ|"
    r"invloed|inflytande|indflydelse|innflytelse|vliv|влияние|вплив)(?:[ \t]+\p{Ll}+)?[ \t]+"
    r"(?:(?:de|d'|d’|of|von|des|del|di|"
    r"della|dello|do|da|van|av|af)[ \t]*)?$")
_INFLUENCE_AFTER = regex.compile(r"(?i)[ \t]+(?:sur|on|upon|auf|en|sobre|su|sul|sulla|sullo|na|op|på|över|на)"
                                 r"(?![\p{L}\p{M}])")


# What a work is about, asked in the languages that write an author's genitive without an apostrophe and do not
# capitalise nouns ("Vad handlar X:s / Xs <Title> om?", "Hvad handler Xs <Title> om?"): a capitalised word after
# the genitive is the work's title.
_ABOUT_A_WORK_BEFORE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:vad[ \t]+handlar|hvad[ \t]+handler|hva[ \t]+handler|"
                                     r"mistä[ \t]+kertoo)[ \t]+$")
_GENITIVE_THEN_TITLE = regex.compile(r"\p{Lu}[\p{L}\p{M}-]*(?::s|s)[ \t]+\p{Lu}")


# Siblings known by their surname: "the Wright brothers", "irmãos Wright", "Brüder Grimm", "frères Lumière".
_SIBLINGS = (r"brothers|sisters|irmãos|irmãs|hermanos|hermanas|frères|sœurs|soeurs|brüder|gebrüder|schwestern|fratelli|"
             r"sorelle|bracia|siostry|братья|сестры|broers|gebroeders|zusters|bröderna|systrarna|brødrene|søstrene|"
             r"veljekset|testvérek|kardeşler")
_SIBLINGS_BEFORE = regex.compile(rf"(?i)(?<![\p{{L}}\p{{M}}])(?:{_SIBLINGS})[ \t]+$")
_SIBLINGS_AFTER = regex.compile(rf"(?i)[ \t-]+(?:{_SIBLINGS})(?![\p{{L}}\p{{M}}])")
_SIBLINGS_FIRST = regex.compile(rf"(?i)(?:{_SIBLINGS})[ \t]+\S+$")


def _a_family_by_name(text: str, start: int, end: int) -> bool:
    """One surname and a plural of siblings before or after it: a family the world knows by its name."""
    value = text[start:end].strip()
    if _SIBLINGS_FIRST.fullmatch(value):
        return True
    return " " not in value and bool(_SIBLINGS_BEFORE.search(text, max(0, start - 20), start)
                                     or _SIBLINGS_AFTER.match(text, end))


# What the world's figures are asked about and private people are not, in the languages users write in: their
# inventions, discoveries (the noun: a private person "discovers" a bug), Nobel prizes and life's work (not
# fame: "famous for the worst puns in the office" is said of colleagues)
# ("Was hat X erfunden?", "Dlaczego X dostała Nagrodę Nobla?", "расскажи о творчестве X", "l'œuvre de X").
_FAME_WORDS = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:invent(?:ed|ions?|or|ó|ou|a|é|ato|ò|aron|eur|ora)|erf(?:unden|and|indung\p{L}*|inder)|"
    r"wynal(?:azł\p{L}*|azek|azki|eziona)|vynal(?:ezl\p{L}*|ez\p{L}*)|изобр[её]л\p{L}*|изобретени\p{L}*|винайш\p{L}*|"
    r"uitvond|uitgevonden|uitvinding\p{L}*|uppfann|uppfinning\p{L}*|opfandt|opfindelse\p{L}*|keksi|keksinyt|keksintö\p{L}*|keksijä\p{L}*|"
    r"icat\p{L}*|feltalál\p{L}*|izum(?:io|il[ao]?|e)?|discoveries|découvertes|descubrimientos|descobertas|scoperte|"
    r"entdeckungen|odkrycia|odkryć|objevy|открытия|открытий|ontdekkingen|upptäckter|keşifler\p{L}*|"
    r"nobel\p{L}*|nobla|noblem|noblist\p{L}*|noblowsk\p{L}*|нобел\p{L}*|"
    r"творчеств\p{L}*|произведени\p{L}*|twórczoś\p{L}*|dzieła|dzieł|œuvres?|oeuvres?|lebenswerk|"
    r"obras[ \t]+del?|opere[ \t]+di|werke[ \t]+(?:von|des)|"
    # a body of poetry or novels (plural or collective: "a poem for X" is written for anybody)
    r"poetry|poems[ \t]+(?:of|by)|poesía|poemas[ \t]+de|poésie|poèmes[ \t]+de|gedichte|lyrik|poesia|poesie|poemi|"
    r"wiersze|wierszy|poezj\p{L}*|básně|básní|стихи|стихов|стихотворени\p{L}*|поэзи\p{L}*|поэм\p{L}*|gedichten|"
    r"dikter|digte|runoja|runot|költészet\p{L}*|verseit|versei|şiirleri\p{L}*|şiirler\p{L}*|thơ|诗歌|詩歌|"
    r"أشعار\p{L}*|قصائد\p{L}*|שירתו|שירתה|שיריו|שיריה|novels[ \t]+(?:of|by)|romane[ \t]+von|romans[ \t]+de|"
    r"novelas[ \t]+de|romanzi[ \t]+di|powieści|романы|романов)(?![\p{L}\p{M}])")
_SENTENCE_BREAK = regex.compile(r"[.!?¿¡\n。！？]")
# Fame and composing, only in a question: one asks why somebody is famous or what they composed when the world
# knows them ("Miért híres X?", "Warum ist X so berühmt?", "Mitä X sävelsi?"); said of a colleague, "famous
# for the worst puns" is a statement.
_FAME_ASKED = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:famous|berühmt|célèbre|famos[oa]|słynn\p{L}*|sławn\p{L}*|slavn\p{L}*|знаменит\p{L}*|"
    r"известн\p{L}*|прославил\p{L}*|відом\p{L}*|beroemd|berömd|berømt|kuuluisa|ünlü|híres|terkenal|"
    r"composed|komponierte|komponiert|composé|compuso|compôs|composto|compose|skomponował\p{L}*|сочинил\p{L}*|"
    r"написал[ \t]+(?:симфони|опер|музык)\p{L}*|sävelsi|säveltänyt|componeerde|gecomponeerd|komponerade|"
    r"komponerede|komponerte|besteci|"
    # known for
    r"känd|kända|kendt|kendte|kjent|kjente|bekannt|bekannte|conocid[oa]s?|connue?s?|conosciut[oa]|conhecid[oa]s?|"
    r"znan[aey]|znany|známý|známá|známa|bekend|tunnettu|tunnetuksi|ismert|ismertté|tanın\p{L}*|bilinen|"
    r"有名|著名|出名|유명|مشهور\p{L}*|اشتهر\p{L}*|מפורסם\p{L}*|nổi[ \t]+tiếng)(?![\p{L}\p{M}])")
# What history asks about (only in a question, and with no relation or possessive anywhere in the sentence: "What
# role did X play in the outage?" is about a colleague): revolutions, independence, wars, battles, empires,
# dynasties, centuries, treaties. Not "kingdom" ("the United Kingdom", "Reino Unido"), "Empire" (a building),
# "Vertrag"/"договор" (a contract), "tratado"/"traité"/"trattato" (also "treated": a patient).
_HISTORY_ASKED = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:revolution\p{L}*|revoluci[óo]n|revolução|révolution|rivoluzione|rewolucj\p{L}*|"
    r"революци\p{L}*|revolutie|vallankumou\p{L}*|forradalom|forradalm\p{L}*|devrim\p{L}*|independence|"
    r"independencia|independência|indépendance|unabhängigkeit\p{L}*|indipendenza|niepodległoś\p{L}*|"
    r"независимост\p{L}*|onafhankelijkheid|självständighet|itsenäisyy\p{L}*|függetlenség\p{L}*|bağımsızlı\p{L}*|"
    r"world[ \t]+war|civil[ \t]+war|war[ \t]+of|guerra|guerre|krieg\p{L}*|weltkrieg\p{L}*|wojn\p{L}*|войн\p{L}*|"
    r"oorlog|krig\p{L}*|háború\p{L}*|savaş\p{L}*|battle[ \t]+of|batalla|bataille|schlacht|battaglia|bitw\p{L}*|"
    r"битв\p{L}*|imperio|império|impero|imperium|империи|империя|dynast\p{L}*|dinast\p{L}*|династи\p{L}*|"
    r"century|siglo|século|siècle|jahrhundert\p{L}*|secolo|stulec\p{L}*|столети\p{L}*|eeuw|århundrade\p{L}*|"
    r"vuosisa\p{L}*|század\p{L}*|yüzyıl\p{L}*|treaty|traktat\p{L}*|reformkor\p{L}*|reconquista)"
    r"(?![\p{L}\p{M}])"
    r"|革命|独立|獨立|戦争|战争|戰爭|帝国|帝國|王朝|世紀|世纪|혁명|독립|전쟁|제국|왕조|세기|cách[ \t]+mạng|độc[ \t]+lập|"
    r"chiến[ \t]+tranh|đế[ \t]+quốc|triều[ \t]+đại|thế[ \t]+kỷ"
    r"|(?:ال|وال|بال|لل|و|ب|ل)?(?:ثورة|استقلال|حرب|معركة|إمبراطورية|خلافة|قرن)"
    r"|(?:ה|ו|ב|ל|מ|ש)*(?:מהפכה|מהפכת|עצמאות|מלחמה|מלחמת|קרב|אימפריה|שושלת|המאה|הכרזת)")


def _famous_in_its_sentence(text: str, start: int, end: int) -> bool:
    """A full name in a sentence that asks about inventions, discoveries, a Nobel prize or a life's
    work (_FAME_WORDS), with no possessive or relation word before the name ("Hat meine Kollegin Anna Berg
    den Preis ..." is about a private person)."""
    if len(text[start:end].split()) < 2:
        return False  # one word: a figure's surname is listed, a private given name is not made famous
    lo = max(0, start - 160)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, start)]
    lo = breaks[-1] if breaks else lo
    stop = _SENTENCE_BREAK.search(text, end, min(len(text), end + 160))
    hi = stop.end() if stop else min(len(text), end + 160)
    question = text[hi - 1:hi] in ("?", "？", "؟")
    if question and (_HISTORY_ASKED.search(text, lo, start) or _HISTORY_ASKED.search(text, end, hi)) and not (
            _private_words(text, lo, start) or _private_words(text, end, hi)):
        return True  # "What role did X play in the Haitian Revolution?", "מה היה תפקידו של X בהכרזת העצמאות?"
    if _FAME_WORDS.match(text, start) and not _private_words(text, lo, hi):
        return True  # NER took the work in: "Gedichte von Else X" (not "..., meiner Kollegin")
    if _QUOTE_OF_THE_DAY_BEFORE.search(text, max(0, start - 40), start) and not _private_words(text, lo, hi):
        return True  # round 40 (doline): "Quote of the day — Millicent Fawcett.": a quotation's published author
    if not (_FAME_WORDS.search(text, lo, start) or _FAME_WORDS.search(text, end, hi) or question and (
            _FAME_ASKED.search(text, lo, start) or _FAME_ASKED.search(text, end, hi))):
        return False
    return not any(m.group().lower() in _POSSESSIVES or fold_token(m.group()) in _RELATION_WORDS
                   for m in _SCAN_WORD.finditer(text, lo, start))


_QUOTE_OF_THE_DAY_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}])(?:quote|quotation|thought|saying)[ \t]+of[ \t]+the[ \t]+(?:day|week|month)|zitat[ \t]+des[ \t]+"
    r"(?:tages|monats)|citation[ \t]+du[ \t]+jour|cita[ \t]+del[ \t]+d[íi]a|frase[ \t]+del[ \t]+d[íi]a|citazione[ \t]+"
    r"del[ \t]+giorno|cita[çc][ãa]o[ \t]+do[ \t]+dia)[ \t]*[—–:-][ \t]*$")


def _private_words(text: str, lo: int, hi: int) -> bool:
    """A possessive or one's relation ("arkadaşım") among the words of text[lo:hi]."""
    return bool(_cue_ends(text[lo:hi])[0]) or any(m.group().lower() in _POSSESSIVES for m in _SCAN_WORD.finditer(text, lo, hi))


# Fantasy sports pick professional athletes: "Fantasy football: X, Y, Z", "my fantasy NBA lineup has X".
_FANTASY_BEFORE = regex.compile(r"(?i:\bfantasy[ \t]+(?:football|soccer|basketball|baseball|hockey|cricket|rugby|"
                                r"golf|league|team|draft|lineup|squad|premier[ \t]+league|nba|nfl|nhl|mlb|f1|epl)\b)")
# The namesake or model of a figure's work, or a person in a figure's biography: "Was Sherlock Holmes
# based on X?", "Ramanujan, who worked with X".
_BASED_ON_BEFORE = regex.compile(r"(?i:\b(?:based|modell?ed|inspired|patterned)[ \t]+(?:on|by|after)[ \t]+(?:the[ \t]+)?"
                                 r"(?:real[ \t]+(?:life[ \t]+)?|real-life[ \t]+)?(?:person[ \t]+|doctor[ \t]+|man[ \t]+|"
                                 r"woman[ \t]+)?)$")
_WHO_CLAUSE_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}),?[ \t]+(?:who|whose)[ \t]"
                                   r"[^.!?\n,;]{0,50}$")


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _inspired_or_biographical(text: str, start: int, listed: Callable[[str], bool]) -> bool:
    """See _BASED_ON_BEFORE / _WHO_CLAUSE_BEFORE: a listed figure earlier in the sentence."""
    lo = max(0, start - 120)
    if _BASED_ON_BEFORE.search(text, lo, start):
        sentence = text[lo:start]
        sentence = sentence[max(sentence.rfind(". "), sentence.rfind("\n")) + 1:]
        return any(listed(run.group()) or _listed_part(run.group(), listed) for run in _CAPITALISED_RUN.finditer(sentence))
    who = _WHO_CLAUSE_BEFORE.search(text, lo, start)
    return bool(who and (listed(who.group(1)) or _listed_part(who.group(1), listed)))


_TABLE_LINE_CHARS = 2000  # a longer line is prose or a blob, no row of a table (and the checks stay cheap)


class _TableRows:
    """A text's lines read as rows under one delimiter (tables.cells: one reading of quotes and delimiters for every
    reader), split in order as far as names ask, each line once: a 200 KB table's thousands of names each look at
    their column in O(1) (the rows were walked one by one per name before: seconds for a large table). Per line:
    its cells (None: no row), the first line of its block (the run of rows above it with as many cells), and the
    lines holding a cell that names a public role (_PUBLIC_ROLE: a table of founders' header)."""

    def __init__(self, text: str, delimiter: str) -> None:
        self.text, self.delimiter = text, delimiter
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self.cells: list[list[tuple[int, int]] | None] = []
        self.block_top: list[int] = []
        self.role_lines: list[int] = []

    def line_at(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def end_of(self, line: int) -> int:
        return self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text)

    def fill(self, line: int) -> None:
        """Split every line up to `line`."""
        while len(self.cells) <= min(line, len(self.starts) - 1):
            i = len(self.cells)
            lo, hi = self.starts[i], self.end_of(i)
            spans = tables.cells(self.text, lo, hi, self.delimiter) if 0 < hi - lo <= _TABLE_LINE_CHARS else None
            self.cells.append(spans)
            same = i > 0 and spans is not None and self.width(i - 1) == len(spans)
            self.block_top.append(self.block_top[i - 1] if same else i)
            if spans is not None and any(_PUBLIC_ROLE.fullmatch(self.text, a, b) for a, b in spans):
                self.role_lines.append(i)

    def width(self, line: int) -> int:
        """The number of cells of `line`, 0 for no row."""
        self.fill(line)
        spans = self.cells[line]
        return 0 if spans is None else len(spans)

    def cell(self, line: int, column: int) -> str:
        spans = self.cells[line]
        assert spans is not None
        return self.text[spans[column][0]:spans[column][1]]


@per_scan
def _table_rows(text: str, delimiter: str) -> _TableRows:
    return _TableRows(text, delimiter)


class _TableCell(NamedTuple):
    """Where a name sits in a delimited table: its text's rows, its line and its column."""

    rows: _TableRows
    line: int
    column: int


def _table_cell(text: str, start: int, end: int) -> _TableCell | None:
    """The table cell text[start:end] lies in, None when its line is no row of a delimited table (a name across a
    line break is no cell)."""
    lo = _line_start(text, start)
    hi = text.find("\n", start, lo + _TABLE_LINE_CHARS + 1)
    if hi < 0:
        hi = len(text)
    if hi - lo > _TABLE_LINE_CHARS or hi < end:
        return None
    delimiter = tables.delimiter_of(text[lo:hi])
    if delimiter is None:
        return None
    rows = _table_rows(text, delimiter)
    line = rows.line_at(lo)
    rows.fill(line)
    column = next((i for i, (a, b) in enumerate(rows.cells[line] or ()) if a <= start and end <= b), None)
    return None if column is None else _TableCell(rows, line, column)


# Column headers naming a role of public record: a table of founders, inventors, laureates, rulers.
_PUBLIC_ROLE = regex.compile(r"(?i)(?:co-?)?founders?|inventors?|laureates?|winners?|composers?|painters?|architects?|"
                             r"discoverers?|explorers?|namesakes?|monarchs?|rulers?|presidents?|emperors?|kings?|queens?")


# Round 41 (gour): a catalogue's or a collection's export: a column of creators ("creator", "artist", "author",
# "maker", "photographer", ...) in a table whose header also has an object's catalogue identifier (accession, object
# or inventory number, ISBN, shelf mark, call number). The creators a collection attributes its objects to are cited
# authors; the people of a donor or a borrower column are not read by this rule.
_CREATOR_HEADER = regex.compile(
    r"(?i)[ \t\"']*(?:creators?|artists?|authors?|makers?|photographers?|composers?|engravers?|illustrators?|"
    r"attributed[ \t_]+to|attribution|künstler(?:in)?|urheber(?:in)?|verfasser(?:in)?|auteur|artiste|autor(?:a|in)?|"
    r"artista|autore|kunstenaar|maker_name|creator_name|author_name)[ \t\"']*")
_CATALOGUE_ID_HEADER = regex.compile(
    r"(?i)[ \t\"']*(?:accession(?:[ \t_]*(?:no|number|nr|id))?|acc[ \t_.]*no|object[ \t_]*(?:no|number|id)|"
    r"inv(?:entory|entar|\.)?[ \t_]*(?:no|number|nr)?|isbn|issn|shelf[ \t_-]*mark|call[ \t_]*(?:no|number)|"
    r"signatur|cote|catalogue[ \t_]*(?:no|number)|cat[ \t_.]*no)[ \t\"'.]*")


def _catalogue_creator(text: str, start: int, end: int) -> bool:
    """The name is a cell of a creator column (_CREATOR_HEADER) of a table whose header row (its block's first line)
    also names a catalogue identifier (_CATALOGUE_ID_HEADER)."""
    if "\n" not in text:
        return False
    cell = _table_cell(text, start, end)
    if cell is None:
        return False
    rows, line = cell.rows, cell.line
    top = rows.block_top[line]  # (a block's rows all have as many cells as its first)
    if top == line:
        return False
    header = [rows.cell(top, i) for i in range(rows.width(top))]
    return _CREATOR_HEADER.fullmatch(header[cell.column]) is not None and any(
        _CATALOGUE_ID_HEADER.fullmatch(h) for h in header)


def _column_with_a_figure(text: str, start: int, end: int, listed: Callable[[str], bool]) -> bool:
    """The name is a cell of a table column headed by a role of public record in which another cell is a
    listed figure ("Company,Founder,Founded" / "Boeing,William Boeing,1916" / "Dell,Michael Dell,1984"
    and "Adidas,<name>,1949"): a column holds one kind of person. The rows looked at: those as wide as the
    name's, whole, within 2000 characters of its line (at most 400)."""
    cell = _table_cell(text, start, end)
    if cell is None or "\n" not in text:
        return False
    rows, line, width = cell.rows, cell.line, cell.rows.width(cell.line)
    first = max(rows.line_at(max(0, rows.starts[line] - 2000)), line - 200)
    last = min(rows.line_at(min(len(text), rows.end_of(line) + 2000)), line + 200)
    rows.fill(last)
    roles = rows.role_lines[bisect.bisect_left(rows.role_lines, first):bisect.bisect_right(rows.role_lines, last)]
    if not any(r != line and rows.width(r) == width and _PUBLIC_ROLE.fullmatch(rows.cell(r, cell.column)) for r in roles):
        return False
    return any(i != line and rows.width(i) == width and " " in (value := rows.cell(i, cell.column)) and listed(value)
               for i in range(first, last + 1))


def _listed_with_a_product_tail(value: str, listed: Callable[[str], bool]) -> bool:
    """"Johnnie Walker Black Label", "Martin Luther King Jr Boulevard": a listed name (a figure or a
    brand named after one), then only everyday capitalised words: a product, a street, a place."""
    words = value.split()
    for cut in range(min(len(words) - 1, 6), 1, -1):  # a listed name has a few words; spans may have thousands
        if listed(" ".join(words[:cut])):
            return all(_describe(w)[1] == "word" or _describe(w)[6] >= _WORD_EN or w.rstrip(".") in ("Jr", "Sr")
                       for w in words[cut:])
    return False


def _listed_part(run: str, listed: Callable[[str], bool], opens: bool = False) -> str | None:
    """The longest listed tail of a capitalised run of 2+ words ("Fantasy Mohamed Salah" -> "Mohamed Salah")."""
    words = run.split()
    for at in range(0, len(words) - 1):
        tail = " ".join(words[at:])
        if listed(tail):
            return tail
    if opens and len(words) == 2 and is_sentence_opener(words[0]) and listed(words[1]):
        return words[1]  # "Почему Раскольников ...", "Czy Geralt ...": the question word opening the sentence is
        # no part of the name (`opens`: the run starts a sentence; glued on mid-sentence it is no question)
    return None


def _in_a_list_with_a_figure(text: str, start: int, end: int, listed: Callable[[str], bool]) -> bool:
    """The name is an item of a list (commas, "and", "vs", dashes; items of a few words, in one
    sentence) in which another item is a listed figure or brand, or an institution ("X vs Mayo
    Clinic"): one sets things of the same kind side by side ("Fantasy team: <listed>, X, Y", "X vs
    <listed>")."""
    lo = max(0, start - 300)
    ends = [m.end() for m in _LIST_END.finditer(text, lo, start)]
    lo = ends[-1] if ends else lo
    stop = _LIST_END.search(text, end, min(len(text), end + 300))
    hi = stop.start() if stop else min(len(text), end + 300)
    mine, others, at = False, [], lo
    for sep in [*_LIST_SEP.finditer(text, lo, hi), None]:
        piece_end = sep.start() if sep else hi
        piece = text[at:piece_end]
        if 0 < len(piece.split()) <= _ITEM_WORDS and (run := _CAPITALISED_RUN.search(piece)):
            if at <= start and end <= piece_end:
                mine = True
            elif piece_end <= start or at >= end:
                others.append(run.group())
        at = sep.end() if sep else hi
    return mine and any(_listed_part(run, listed) or len(run) > 3 and listed(run) or _INSTITUTION_LAST.search(run)
                        for run in others)


_ITEM_WORDS = 6  # "sons Carl Philipp Emanuel Bach": an item of a list is a few words, not a clause


def _bare(word: str) -> str:
    """A word without a possessive or trailing punctuation ("Kellogg's" -> "Kellogg")."""
    return regex.sub(r"(?:['’]s?|[.,;:])+$", "", word)


def _kin_or_founder(text: str, start: int, end: int, listed: Callable[[str], bool]) -> bool:
    """The name shares its last word with a listed figure named nearby (a famous family: "Leopold
    Mozart" beside "Wolfgang Amadeus Mozart"), or the text is about founding and the surname also
    stands alone as the company's name ("Siemens, Werner von Siemens, 1847")."""
    words = text[start:end].split()
    if len(words) < 2:
        return False
    surname = _bare(words[-1])
    lo, hi = max(0, start - 400), min(len(text), end + 400)
    for match in _CAPITALISED_RUN.finditer(text, lo, hi):
        if match.start() < end and match.end() > start:
            continue
        found = _listed_part(match.group(), listed)
        if found and _bare(found.split()[-1]) == surname and found != text[start:end]:
            return True
    if not _FOUNDING.search(text, lo, hi):
        return False
    at = text.find(surname, lo, hi)  # by string search: a pattern made of the name would stay in the regex cache
    while at >= 0:
        glued = at >= 1 and _LETTER_OR_MARK.match(text, at - 1) is not None
        last_word = at >= 2 and text[at - 1] in " \t" and _LETTER_OR_MARK.match(text, at - 2) is not None
        if not start <= at < end and not glued and not last_word and (
                _SURNAME_ALONE_AFTER.match(text, at + len(surname), hi)):
            return True  # the surname alone, not a full name's last word: "Dell's", "Dell, ...", "Dell Inc"
        at = text.find(surname, at + 1, hi)
    return False



# --- Fiction: the characters of novels, films, games and folk tales, and of the stories users write themselves
# ("the heroine X meets the smuggler Y", "my paladin Sir X", "¿qué le pasa a X al final?" under "Resume la
# novela"). pii.py asks after its thing rules and before its possessive cue: "my paladin X" and "my novel's
# heroine X" are invented. Every rule yields to a private cue before the name in its sentence (_privately_cued).
# Kinds of works and of their people, in the languages users write in; words that are also given names
# ("Roman", "Saga", "Satu", "Kahraman", "Efsane", "Hrdina", "Роман") count only in lower case, and words with an
# everyday sense ("story", "legend", "myths", "characters", "chapter", "episode", "series", "campaign", "conto",
# "mese", "Epic", "bohater", "szereplő", "पात्र" eligible, "повестка", "karakter" a person's character, "heroína"
# / "eroina" / "héroïne" / "героин" the drug) not at all, or only where they cannot have it ("fairy tale", "main
# character", "the novel by", "tabletop RPG"; not "a novel approach", "a tabletop exercise").
_FICTION_WORDS = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:"
    r"novels|novel(?=[ \t]*(?:$|[^\p{L}\s-]|(?:by|about|in|of|is|was|and|or|where|that|which|when|for|to|the|i|we|"
    r"has|had|ends?|starts?|begins?|opens?|closes?)(?![\p{L}\p{M}])))|novellas?|(?:science|fan|crime|flash|short)[ \t-]?"
    r"fiction|fan[ \t-]?fics?|fanfiction|fairy[ \t-]?tales?|folk[ \t-]?tales?|fables?|mytholog\p{L}*|"
    r"screenplays?|sitcoms?|cartoons?|anime|manga|comic[ \t]+books?|graphic[ \t]+novels?|"
    r"(?:main|fictional|cartoon|anime|comic|book|side|player|non-player)[ \t]+characters?|thrillers?|whodunits?|"
    r"sci-?fi|romcoms?|rom-coms?|webcomics?|webtoons?|"
    # round 31 (hogback): a text labelled as fiction ("Script (fiction): ...", "Fiction: ...")
    r"fiction(?=[ \t]*[):])|"
    r"protagonists?|antagonists?|villains?|heroines?|sidekicks?|backstory|npcs?|d&d|dnd|dungeons[ \t]+(?:&|and)[ \t]+"
    r"dragons|ttrpgs?|rpg|tabletop[ \t]+(?:rpgs?|games?|campaigns?|role-?playing)|bedtime[ \t]+stor(?:y|ies)|"
    r"short[ \t]+stor(?:y|ies)|"
    r"novelas?|telenovelas?|cuentos?|f[áa]bulas?|leyendas|mitos|personajes?|protagonistas?|villanos?|"
    r"historietas?|dibujos[ \t]+animados|contos[ \t]+de[ \t]+fadas|lendas|personage(?:m|ns)|vil[ãa]o|"
    r"desenhos?[ \t]+animados?|romanzo|romanzi|fiabe?|favole?|leggende|personaggi[oe]?|fumetti|"
    r"cartoni[ \t]+animati|contes|conte[ \t]+de[ \t]+f[ée]es|l[ée]gendes|mythes|personnages?|"
    r"protagonistes?|bandes?[ \t]+dessin[ée]es?|dessins?[ \t]+anim[ée]s|novellen?|m[äa]e?rchen|fabeln?|"
    r"romanfigur\p{L}*|hauptfigur\p{L}*|protagonistin\p{L}*|heldin|bösewicht|zeichentrick\p{L}*|sprookjes?|"
    r"fabels?|personages?|hoofdpersoon|hoofdpersonage|tekenfilm\p{L}*|eventyr\p{L}*|huvudperson\p{L}*|"
    r"hovedperson\p{L}*|seriefigur\p{L}*|tecknad\p{L}*|tegnefilm\p{L}*|romaani\p{L}*|"
    r"päähenkilö\p{L}*|regény\p{L}*|mesé\p{L}*|népmes\p{L}*|főhős\p{L}*|főszereplő\p{L}*|rajzfilm\p{L}*|"
    r"powieś\p{L}*|bajk\p{L}*|baś[ńn]\p{L}*|baśni\p{L}*|lektur\p{L}*|postać|kreskówk\p{L}*|"
    r"komiks\p{L}*|románu|románě|román|pohád\p{L}*|rozprávk\p{L}*|postav[aěuy]|сказк\p{L}*|казк\p{L}*|"
    r"басн\p{L}*|мифы|мифах|персонаж\p{L}*|героин(?:я|и|ю|ей)|геро[яюе]|мультфильм\p{L}*|мультик\p{L}*|"
    r"повест(?:ь|и|ью|ях)|"
    r"комикс\p{L}*|masal\p{L}*|fıkra\p{L}*|çizgi[ \t]+film\p{L}*|"
    r"dongeng|cerita[ \t]+rakyat|tiểu[ \t]+thuyết|nhân[ \t]+vật|cổ[ \t]+tích|उपन्यास|नायिका"
    r")(?![\p{L}\p{M}])"
    # lower case only: the same words are given names or ordinary capitalised words
    r"|(?-i:(?<![\p{L}\p{M}])(?:roman|romans|romanen|romanens|romanı\p{L}*|romanda\p{L}*|romanın\p{L}*|saga|sagan|"
    r"sagor|sagaen|satu|sadun|sadu|kahraman\p{L}*|efsane\p{L}*|destan\p{L}*|hrdin\p{L}*|bohater\p{L}*|роман\p{L}*)"
    r"(?![\p{L}\p{M}]))"
    r"|(?<![\p{L}\p{M}])(?:im|einem?|den|dem|der|des|diesem|ihrem|seinem)[ \t]+(?:Roman|Romans|Novelle)(?![\p{L}\p{M}])"
    # scripts without case or spaces: prefixes and particles are glued on
    r"|小説|小说|小說|童話|童话|昔話|神話|神话|傳說|传说|漫画|漫畫|マンガ|アニメ|动画|動畫|主人公|主角|登場人物|"
    r"キャラクター|소설|동화|만화|애니|주인공|등장인물|캐릭터|신화|전설"
    r"|(?:ال|وال|بال|لل|و|ب|ل)?(?:رواية|روايات|حكاية|حكايات|أسطورة|أساطير|بطل|بطلة|كرتون)"
    r"|(?:ה|ו|ב|ל|מ|ש)*(?:רומן|אגדה|אגדת|אגדות|גיבור|גיבורה|מיתוס)"
    r"|(?:رمان|قهرمان)")
# Screens and stories, weaker than the words above: "In the movie, why does X ..."; not "story" (user stories), "episode"
# (a patient's), "series", "chapter", "historia" (a clinical record in Spanish), "characters" (a field's length).
_SCREEN_WORDS = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:movies?|films?|tv[ \t]+(?:show|series)|pel[íi]culas?|filmes?|cuento|racconto|histoire|"
    r"récit|geschichte|verhaal|berättelse|tarina\p{L}*|történet\p{L}*|opowiadani\p{L}*|příběh\p{L}*|фильм\p{L}*|"
    r"сериал\p{L}*|рассказ(?:е|а|ы|ах)?|hikaye\p{L}*|hikâye\p{L}*|phim|truyện|कहानी|"
    r"(?:character|story)[ \t]+arcs?|plot[ \t]+twists?|storylines?|quest(?:s|line|lines)?|playthrough|speedrun|"
    r"boss[ \t]+fight|video[ \t]?games?|in[ \t]+the[ \t]+(?:story|book|play|poem|show|series|episode|chapter|"
    r"sequel|prequel|saga|tale|game|musical|opera|ballad|epic)|en[ \t]+(?:la[ \t]+historia|el[ \t]+libro|la[ \t]+obra)|"
    r"dans[ \t]+(?:l'histoire|le[ \t]+livre|la[ \t]+pièce)|in[ \t]+(?:der[ \t]+Geschichte|dem[ \t]+Buch|dem[ \t]+Stück)|"
    r"nella[ \t]+storia|nel[ \t]+libro|na[ \t]+história|no[ \t]+livro|w[ \t]+książce|w[ \t]+opowiadaniu|"
    r"в[ \t]+книге|в[ \t]+рассказе|in[ \t]+het[ \t]+(?:boek|verhaal)|i[ \t]+boken|kirjassa|a[ \t]+könyvben|kitapta"
    r")(?![\p{L}\p{M}])|(?-i:(?<![\p{L}\p{M}])film(?![\p{L}\p{M}]))|物語|故事|映画|电影|電影|영화|드라마|이야기"
    r"|(?:ال|وال|بال|لل|و|ب|ل)?(?:قصة|قصص|شخصية|مسلسل|فيلم)|(?:ה|ו|ב|ל|מ|ש)*(?:סיפור|דמות|סרט|סדרה)|داستان|شخصیت")
# A character's role right before the name ("the heroine X", "my paladin Sir X", "the protagonist, X"): an
# invented person even where the text names no work ("My wizard X just hit level 7"). Not "hero", "knight",
# "detective": colleagues and officers are called that too.
_ROLE_WORDS = (r"protagonist(?:a|e|in)?|antagonist(?:a|e|in)?|villain(?:ess)?|heroine|h[ée]ro[ïi]ne|hero[íi]na|"
               r"sidekick|npc|(?:main|fictional|player|non-player|side)[ \t]+character|"
               r"paladin|wizard|sorcer(?:er|ess)|warlock|druid|bard|rogue|cleric|necromancer|halfling|tiefling|"
               r"dragonborn|elf|dwarf|orc|personaje|personnage|personaggio|personagem|figur|hauptfigur|romanfigur|"
               r"heldin|hoofdpersoon|huvudperson(?:en)?|hovedperson(?:en)?|päähenkilö|főhős(?:e|ét)?|"
               r"főszereplő(?:je|jét)?|kahraman(?:ı|i)?|karakter(?:i|ı)?|bohater(?:ka|ki|em|a)?|postać|hrdin(?:a|ka)|"
               r"персонаж|героин(?:я|и|ю)|nhân[ \t]+vật(?:[ \t]+chính)?|tokoh|नायक|नायिका|"
               # gods of myth ("the goddess X", "der Gott X", "el dios X")
               r"the[ \t]+god|goddess|demigod|deity|titan|titaness|der[ \t]+gott|göttin|le[ \t]+dieu|déesse|"
               r"el[ \t]+dios|diosa|il[ \t]+dio|dea|o[ \t]+deus|deusa|bogini|богиня|gudinnan?|guden|jumalatar|"
               r"istennő|tanrıça")
_TITLE_WORDS = (r"(?:(?:Sir|Ser|Lady|Lord|Dame|Captain|Capt\.?|Master|Mistress|King|Queen|Prince|Princess|Dr\.?|"
                r"Professor|Detective|Inspector|Agent|Doctor)[ \t]+)")
_ROLE_BEFORE = regex.compile(rf"(?i:(?<![\p{{L}}\p{{M}}])(?:{_ROLE_WORDS})),?[ \t]+(?-i:{_TITLE_WORDS})*$")
# ... or with a verb of naming between ("an NPC called Sir X", "un personaje llamado X"): the role names the name.
_ROLE_NAMED_BEFORE = regex.compile(
    rf"(?i:(?<![\p{{L}}\p{{M}}])(?:{_ROLE_WORDS})[ \t]+(?:called|named|known[ \t]+as|llamad[oa]|appel[ée]e?|nomm[ée]e?|"
    rf"namens|genannt|chiamat[oa]|de[ \t]+nome|chamad[oa]|o[ \t]+imieniu|по[ \t]+имени|met[ \t]+de[ \t]+naam)),?"
    rf"[ \t]+(?-i:{_TITLE_WORDS})*$")
# A persona the model is asked to play: "You are Captain X", "Roleplay as X", "Eres Don X", "Du bist Kapitän X",
# "Tu es Madame X", "Jesteś X" (not "You are X's assistant": pii.py's possessive check sees the "'s").
_PERSONA_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:you[ \t]+are|you're|pretend[ \t]+(?:to[ \t]+be|you[ \t]+are)|role-?play(?:ing)?[ \t]+as|"
    r"play(?:ing)?[ \t]+the[ \t]+(?:role|part)[ \t]+of|act(?:ing)?[ \t]+as|in[ \t]+character[ \t]+as|"
    r"impersonate|eres|finge[ \t]+ser|interpreta[ \t]+a|du[ \t]+bist|spiel[ \t]+die[ \t]+rolle[ \t]+von|tu[ \t]+es|"
    r"vous[ \t]+êtes|joue[ \t]+le[ \t]+rôle[ \t]+de|sei|interpreta|você[ \t]+é|finja[ \t]+ser|jesteś|wciel[ \t]+się[ \t]+w|"
    r"ты[ \t]+—?|вы[ \t]+—?|играй[ \t]+роль|je[ \t]+bent|speel|du[ \t]+är|spela|olet|esitä|te[ \t]+vagy|sen[ \t]+bir|"
    r"bạn[ \t]+là|kamu[ \t]+adalah))[ \t]+(?:(?i:Don|Doña|Dona|Kapitän|Kapitänin|Madame|Monsieur|Mademoiselle|Herr|Frau|"
    r"Capitán|Capitaine|Capitano|Kapitan|Kaptan|Signor|Signora|Sir|Lady|Lord|Dame|Captain|Commander|Detective|"
    r"Inspector|Professor|Doctor|Dr\.?|King|Queen|Prince|Princess|Count|Countess|Baron|Baroness|Old)[ \t]+)*$")
# A character's role after the name, in apposition: "X, a half-elf ranger", "X, the villain of my story".
_ROLE_AFTER = regex.compile(
    rf"(?i),[ \t]+(?:a|an|the|my|our|un|una|une|ein|eine|der|die)[ \t]+(?:[\p{{L}}-]+[ \t]+){{0,3}}?(?:[\p{{L}}]+-)?"
    rf"(?:{_ROLE_WORDS})"
    rf"(?![\p{{L}}\p{{M}}])")
# A character's own things: "a backstory for X", "a character sheet for X" ("a bio for X" is a colleague's).
_FOR_A_CHARACTER_BEFORE = regex.compile(r"(?i)(?:backstory|back-story|character[ \t]+sheet|stat[ \t]+block|"
                                        r"character[ \t]+arc|origin[ \t]+story)[ \t]+(?:for|of)[ \t]+$")
_ROLE_AFTER_POSSESSIVE = regex.compile(rf"(?i)[ \t]+(?:(?:new|main|fantasy|level[ \t]+\d+|first|own|\p{{Ll}}+-\p{{Ll}}+)"
                                       rf"[ \t]+)?(?:{_ROLE_WORDS}|character|oc)(?![\p{{L}}\p{{M}}])")
# The story, legend, adventures or fate of somebody, before the name ("the legend of X", "losy X", "قصة X")
# or after it (Turkish "X'in masalı", "X的故事", "Xの物語", "X 이야기").
_TOLD_OF_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:(?:the[ \t]+)?(?:story|tale|legend|myth|saga|ballad|adventures|fate|exploits)[ \t]+of|"
    r"(?:la[ \t]+|las[ \t]+)?(?:historia|leyenda|f[áa]bula|aventuras|hazañas)[ \t]+de(?:l)?|"
    r"(?:la[ \t]+|les[ \t]+|l')?(?:l[ée]gende|histoire|aventures|fable|conte)[ \t]+d[eu']|"
    r"(?:die[ \t]+|das[ \t]+)?(?:geschichte|sage|legende|abenteuer|märchen)[ \t]+(?:von|vom|des|der)|"
    r"(?:la[ \t]+|le[ \t]+)?(?:storia|leggenda|avventure|fiaba|favola)[ \t]+d(?:i|el|ella|ello)|"
    r"(?:a[ \t]+|as[ \t]+)?(?:história|lenda|aventuras)[ \t]+d[eoa]|losy|przygody|legend[ay][ \t]+o|baśń[ \t]+o|"
    r"osudy|dobrodružství|příběh|приключения|похождения|легенд[аеу][ \t]+о|сказк[аеу][ \t]+о|"
    r"(?:het[ \t]+)?(?:verhaal|legende|avonturen|sprookje)[ \t]+van|sagan[ \t]+om|berättelsen[ \t]+om|äventyr|"
    r"seikkailut|قصة|حكاية|أسطورة|مغامرات|סיפור|אגדת|הרפתקאות|cuộc[ \t]+phiêu[ \t]+lưu[ \t]+của|truyện)[ \t]+$")
_TOLD_OF_AFTER = regex.compile(
    r"(?i)(?:['’]\p{L}{1,3})?[ \t]+(?:\p{L}+[ \t]+){0,3}?(?:masal\p{L}*|fıkra\p{L}*|hikaye\p{L}*|hikâye\p{L}*|"
    r"efsane\p{L}*|macera\p{L}*)(?![\p{L}\p{M}])|[ \t]*(?:的故事|的传说|的傳說|の物語|の伝説|[ \t]?이야기)")
# The work a name is in, by its quoted title: "X in 'The Name of the Wind'", "X aus „Effi Briest“", "X de «Rayuela»",
# "X z „Lalki”", "X из «Мастера и Маргариты»", "X in *Middlemarch*".
_IN_A_TITLE_AFTER = regex.compile(
    r"(?:['’]s)?[ \t]+(?i:in|from|of|aus|de|di|du|del|della|da|do|z|ze|из|в|во|i|w|van|från|fra|em|en|dans|nel|nella|"
    r"im|dem|der|den)[ \t]+(?i:(?:the|der|die|das|dem|la|le|el|il|lo|l'|o|a|het|de)[ \t]*)?[«„“\"‘'《『「*_]\p{Lu}")
# Whom a message is for, from or with, whom one greets or who signs: a private person even in a sentence about a
# novel ("Email the novel draft to X", "Dear X, thanks for joining the book club", "Name: X").
_ADDRESSED_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:e-?mail|call|text|message|ping|dm|cc|bcc|invite|thank|remind|contact|forward|send|ask|"
    r"tell|meet|met|with|from|to|for|dear|hi|hello|hey|regards|thanks|cheers|sincerely|dla|für|pour|para|per|voor|"
    r"aan|til|till|för|для|al|à|con|mit|avec|z|s|с)[ \t,]+$|(?:^|[\n,;{¶.!?])[ \t\"'*_-]*\p{L}+(?:[ \t_]\p{L}+)?"
    r"[\"'*_]*[ \t]*[:=][ \t\"']*$")
_SENTENCE_SPAN = 200  # characters one looks back or ahead for the rest of a name's sentence
_SENTENCE_END = regex.compile(r"[.!?\n。！？।۔؟]")  # not "¿": "Resume la novela: ¿qué le pasa a X?" is one thought
_WORK_NEAR = 80  # characters between a name and the work that frames it, within its sentence
_CHARACTER_CHARS = 60  # longer capitalised runs are no one character's name ("Captain Jack Sparrow" is 20)


# Round 23: the lower-case abbreviations a name's sentence goes on after ("X (geb. Schindler) for a ...", "X (b. 1879,
# d. 1964)", "z. B.", "e.g."): their full stop ends no sentence.
_ABBREVIATION_BEFORE = regex.compile(r"(?<![\p{L}\p{M}.])(?:geb|gest|verh|verw|ép|b|d|fl|ca|vgl|bzw|e\.g|i\.e|z\.[ \t]?B|"
                                     r"u\.a|usw|etc|resp|approx|née?)$")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around [start, end), at most _SENTENCE_SPAN characters each way."""
    lo = max(0, start - _SENTENCE_SPAN)
    breaks = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = breaks[-1] if breaks else lo
    limit = min(len(text), end + _SENTENCE_SPAN)
    stop = _SENTENCE_END.search(text, end, limit)
    while stop is not None and stop.group() == "." and _ABBREVIATION_BEFORE.search(text, max(0, stop.start() - 8),
                                                                                    stop.start()):
        stop = _SENTENCE_END.search(text, stop.end(), limit)  # "(geb. Schindler) for a history podcast." goes on
    return lo, stop.end() if stop else limit


def _a_work(text: str, at: int) -> bool:
    return bool(_FICTION_WORDS.match(text, at) or _SCREEN_WORDS.match(text, at))


def a_work_in(text: str, lo: int, hi: int) -> bool:
    """A work of fiction or of the screen named in text[lo:hi] ("in the screenplay", "im Film", "la novela")."""
    return _FICTION_WORDS.search(text, lo, hi) is not None or _SCREEN_WORDS.search(text, lo, hi) is not None


_CAPITALISED_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*[ \t]+$")


def _name_starts(text: str, lo: int, start: int, end: int) -> list[int]:
    """Where the name may begin that a finding is part of: at the finding, before the capitalised word a recognizer
    left out ("Pell" of "my rogue Pell Brightwater"), or after one of the first two words, which it may have taken
    in from a cue ("die Dichterin Annette X", "Eres Don Aurelio X")."""
    starts = [start]
    if (word := _CAPITALISED_BEFORE.search(text, max(lo, start - 30), start)) is not None:
        starts.append(word.start())
    at = start
    for _ in range(2):
        gap = _SPACES.search(text, at, end)
        if gap is None:
            break
        starts.append(at := gap.end())
    return starts


def _cue_before(cue: regex.Pattern[str], text: str, lo: int, at: int) -> bool:
    """`cue` ends at `at`, and is no name itself: a capitalised cue word the table ranks as a name is read as the
    name it is ("Regina Kowalski", "Kahraman Yılmaz", "König" the surname; "la regina Elisabetta", "die
    Dichterin X", "Königin X" stay cues)."""
    match = cue.search(text, lo, at)
    if match is None:
        return False
    word = _SCAN_WORD.search(match.group())
    return word is None or not (word.group()[:1].isupper() and is_name_word(word.group()))


def _possessed(text: str, start: int, end: int) -> bool:
    """The name takes a possessive ("You are X's assistant"): a person who has things, not a persona."""
    return text[start:end].endswith(("'s", "’s")) or text.startswith(("'s", "’s", "'", "’"), end)


def _privately_cued(text: str, lo: int, start: int) -> bool:
    """A private cue before the name in its sentence: one's relation ("my sister", "arkadaşım"), or a
    possessive that is no work's or character's ("my novel", "our D&D campaign", "my paladin" are)."""
    if _cue_ends(text[lo:start])[0]:
        return True  # "my sister", "arkadaşım", "prietena mea" (not "the cartoon dad", "Darth Vader")
    for match in _SCAN_WORD.finditer(text, lo, start):
        word = match.group()
        if word.lower() in _POSSESSIVES and not (_ROLE_AFTER_POSSESSIVE.match(text, match.end()) or any(
                _a_work(text, w.start()) for _, w in zip(range(3), _SCAN_WORD.finditer(text, match.end(), start)))):
            return True
    return False


# Round 21: the name labelled fictional right after it, in brackets or as an apposition ("X (fictional character)",
# "X (the fictional prisoner)", "X, a fictional tenant", "X as a literary character", "X (personaje ficticio)",
# "X (fiktive Person)"): the text says the person does not exist, even where the name is a letter's addressee ("X, a
# literary agent" is somebody: "literary" counts only before a character's word). Round 33 (nubbin): after the quote
# that closes the name ("the scenario uses 'Mrs X', the invented claimant").
_FICTIONAL_AFTER = regex.compile(
    r"(?i)['’\"”»]?[ \t]*(?:\([ \t]*|,[ \t]*|[ \t]+as[ \t]+|[ \t]+als[ \t]+|[ \t]+comme[ \t]+|[ \t]+como[ \t]+)"
    r"(?:(?:a|an|the|un|una|une|ein|eine|der|die|le|la|el|il|lo|o|um|uma)[ \t]+)?"
    r"(?:(?:purely|entirely|wholly|rein|totalmente|puramente)[ \t]+)?"
    r"(?:(?:personaje|personnage|personaggio|personagem|postać|character|figure|person|persona)[ \t]+)?"
    r"(?:fictional|fictitious|literary[ \t]+(?:character|figure|creation|hero|heroine)|imaginary|invented|made-up|fictive|fiktiv\p{L}*|erfunden\p{L}*|fictici[oa]s?|"
    r"ficticios|fictif|fictive|imaginaire|fittizi[oa]|immaginari[oa]|fict[íi]ci[oa]|imagin[áa]ri[oa]|fikcyjn\p{L}*|"
    r"fiktief|verzonnen|påhittad|vymyšlen\p{L}*|вымышленн\p{L}*)(?![\p{L}\p{M}])")
# Round 23 (drumlin): the same word right BEFORE the name, on the role the name is the apposition of ("an invented
# character, X, who ...", "a made-up witness, X", "a fictional journalist X", "un personnage inventé, X", "eine
# erfundene Figur namens X", "вымышленный журналист X"): one role word at most between (not "a made-up story about
# my neighbour X": "about" and the possessive stand between), and nothing after the name but its sentence.
_FICTION_ADJECTIVE = (r"(?:fictional|fictitious|imaginary|invented|made-up|made[ \t]+up|fictive|fiktiv\p{L}*|"
                      r"erfunden\p{L}*|fictici[oa]s?|fictif|fictive|imaginaire|invent[ée]e?|fittizi[oa]|"
                      r"immaginari[oa]|inventat[oa]|fict[íi]ci[oa]|imagin[áa]ri[oa]|inventad[oa]|fikcyjn\p{L}*|"
                      r"zmyślon\p{L}*|fiktief|verzonnen|påhittad|vymyšlen\p{L}*|вымышленн\p{L}*|выдуманн\p{L}*)")
_NAMING_WORD = (r"(?:called|named|namens|genannt|llamad[oa]|appel[ée]e?|nomm[ée]e?|chiamat[oa]|chamad[oa]|"
                r"o[ \t]+imieniu|по[ \t]+имени|met[ \t]+de[ \t]+naam)")
_FICTIONAL_BEFORE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{M}}])(?:{_FICTION_ADJECTIVE}[ \t]+(?!(?:story|stories|tale|version|account|letter|"
    rf"poem|scene|about|of|from|for|with|based)(?![\p{{L}}\p{{M}}]))[\p{{L}}\p{{M}}-]{{2,30}}|"
    rf"[\p{{L}}\p{{M}}-]{{2,30}}[ \t]+{_FICTION_ADJECTIVE})"
    rf"(?:[ \t]+{_NAMING_WORD})?[ \t]*,?[ \t]*['‘\"“«„]?"
    # (round 34, hamada: quoted, "the fictional tenant 'X'"; round 35: a title or a first name the span left out,
    # "the fictional tenant 'Rab C. Nesbitt'")
    r"(?:\p{Lu}[\p{L}\p{M}]{0,12}\.?[ \t]+)?$")


def fiction_by_context(text: str, start: int, end: int, listed_character: Callable[[str], bool],
                       slot: bool = False) -> bool:
    """The name at [start, end) is a character of fiction, by how the text writes about it: a character's
    role right before it or after it ("X, a half-elf ranger"), a persona the model is to play ("You are
    Captain X"), a character's backstory, a listed character named in the same sentence ("a card from <listed> to X", "X or
    <listed>?"); or, unless the name is a message's addressee ("to X", "email X", "Dear X", "Name: X") or stands
    in a person's slot (`slot`: a cue recognizer found it), the story or fate of the name, or a work of fiction in
    its sentence and near it (_FICTION_WORDS, _SCREEN_WORDS; a work a sentence off frames nothing: "Dear X,
    thanks. Any good novels?"). A private cue before the name in its sentence (a relation, a possessive that is no work's)
    outweighs all of them."""
    if _FICTIONAL_AFTER.match(text, end):
        return True  # "a letter to X (fictional character)", "X as a literary character": the text says so
    lo, hi = _sentence(text, start, end)
    if _FICTIONAL_BEFORE.search(text, max(lo, start - 80), start) and not _cue_ends(text[lo:start])[0]:
        return True  # round 23: "an invented character, X", "a fictional journalist X": said right before it
    starts = _name_starts(text, lo, start, end)
    if any(_PERSONA_BEFORE.search(text, max(0, at - 80), at) for at in starts) and not _possessed(text, start, end):
        return True  # before the private cues: "Tu es Madame X" ("tu" is Spanish "your"); nothing stands between
    if any(_ROLE_NAMED_BEFORE.search(text, max(0, at - 60), at) for at in starts) and not _cue_ends(text[lo:start])[0]:
        return True  # "My players met an NPC called Sir X": a possessive further back owns no name; a relation would
    if _a_work_by_what_is_done_with_it(text, lo, hi, start, end) and not _cue_ends(text[lo:start])[0]:
        return True  # "reread X", "dressed up as X", "confusing X with the author", "in literature, like in X": the
        # cue's grammar binds the name, so a possessive further back ("my students keep confusing X") owns none
    if _privately_cued(text, lo, start) or _OWN_RELATION_AFTER.match(text, end):
        return False  # round 28's review: "... investigating X, my colleague, who ..." is one's own colleague
    if any(_cue_before(_ROLE_BEFORE, text, max(0, at - 60), at) for at in starts) or _ROLE_AFTER.match(text, end) or _FOR_A_CHARACTER_BEFORE.search(
            text, max(0, start - 40), start):
        return True
    around = ((lo, start), (end, hi))  # the sentence without the name (a span may be thousands of words)
    own_script = _script_group(text, start, end)
    for a, b in around:
        for run in _CAPITALISED_RUN.finditer(text, a, b):
            if len(run.group()) <= _CHARACTER_CHARS and _script_group(text, *run.span()) == own_script and (
                    listed_character(run.group()) or _listed_part(run.group(), listed_character, bool(
                        _SENTENCE_START.search(text, max(0, run.start() - 3), run.start())))):
                return True  # a listed character of the name's own script ("Раскольников" frames no Latin name)
    if slot or _ADDRESSED_BEFORE.search(text, max(lo, start - 12), start):
        return False
    script = _script_group(text, start, end)  # a frame is a word of the name's own language: "Btw, the anime's
    # main character ..." in English does not frame the Arabic, Thai or Greek name of the sentence before it
    if _IN_A_TITLE_AFTER.match(text, end) or any(
            _script_group(text, *m.span()) == script for m in (_TOLD_OF_BEFORE.search(text, max(0, start - 50), start),
                                                                _TOLD_OF_AFTER.match(text, end)) if m):
        return True
    near = ((max(lo, start - _WORK_NEAR), start), (end, min(hi, end + _WORK_NEAR)))
    return any(_script_group(text, *m.span()) == script for a, b in near for words in (_SCREEN_WORDS, _FICTION_WORDS)
               for m in words.finditer(text, a, b))


# --- Round 17: what one does only with a book, a character or a story, written right next to its title or name,
# in any script around it (a Latin-script cue frames a Tamil title as well as a Latin one; the cue is bound to the
# name by its grammar, not by nearness): reading it again ("reread X", "relire X", "перечитать X"), dressing up as it
# ("dressed up as X", "disfrazado de X", "verkleidet als X", "wants to be X for book day ... costume"), confusing it
# with its author ("confusing X with the author"), citing it as an example of literature ("couples in literature,
# like in X"), asking what it references ("he said he's X lol. what's that a reference to?"). fiction_by_context
# asks after its private cues: "my sister X" and a possessive that is no work's keep the name a person's.
_REREAD_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:re-?read(?:ing|s)?|relire|relis|relu|relisant|releer|rele[íi]|releyendo|rileggere|"
    r"rileggendo|rilett[oa]|reler|relendo|perečitat\p{L}*|перечита\p{L}*|перечитыва\p{L}*|перечете\p{L}*))"
    r"[ \t]+(?:(?:the|le|la|les|el|il|lo|o|a)[ \t]+)?[«„“\"'‘]?$")
_DRESSED_AS_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:dress(?:ed|es|ing)?[ \t]+(?:up[ \t]+)?as|costumed[ \t]+as|cosplay(?:s|ed|ing)?[ \t]+as|"
    r"disfrazad[oa]s?[ \t]+de|disfrazar(?:se)?[ \t]+de|disfraz[ \t]+de|déguisée?s?[ \t]+en|"
    r"(?:se[ \t]+)?déguiser[ \t]+en|"
    r"verkleidet[ \t]+als|verkleiden[ \t]+als|kostümiert[ \t]+als|travestit[oa][ \t]+da|fantasiad[oa][ \t]+de|"
    r"przebran[yaei]{1,2}[ \t]+za|переодет\p{L}*[ \t]+в|verkleed[ \t]+als|utklädd[ \t]+till|utkledd[ \t]+som|"
    r"berkostum|kostum))[ \t]+$")
# "wants to be X for book day ..., costume ideas": being or going as the name, with a dress-up occasion or a
# costume later in its sentence.
_BE_AS_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:be|go|going|goes|went)(?:[ \t]+as)?)[ \t]+$")
_DRESS_UP_AFTER = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:costumes?|cosplay|book[ \t]+(?:day|week)|halloween|fancy[ \t]+dress|dress-?up|"
    r"carnival|karneval|carnaval|fasching|purim|kostüm\p{L}*|disfraz\p{L}*|déguisement\p{L}*|kostum\p{L}*|"
    r"hari[ \t]+buku)(?![\p{L}\p{M}])")
_CONFUSED_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:confus\p{L}*|mix(?:es|ed|ing)?[ \t]+up|mistak\p{L}*|verwechsel\p{L}*|confund\p{L}*|"
    r"confond\p{L}*|scambi\p{L}*|pomyl\p{L}*|myl[ąię]\p{L}*|путают|путать|пута\p{L}*|перепута\p{L}*)"
    r"[ \t]+(?:(?:the|le|la|el|il|lo|die|der|das)[ \t]+)?$")
_WITH_ITS_AUTHOR_AFTER = regex.compile(
    r"(?i)[ \t]+(?:with|and|for)[ \t]+(?:the|its|their|his|her)[ \t]+(?:author|writer|novelist|poet|playwright|"
    r"creator|illustrator)|[ \t]+mit[ \t]+(?:dem|der|seinem|ihrem)[ \t]+"
    r"(?:Autor|Autorin|Schriftsteller\p{L}*|Dichter\p{L}*)"
    r"|[ \t]+con[ \t]+(?:el|la|su)[ \t]+(?:autor|autora|autore|escritor\p{L}*|scrittore|scrittrice)|[ \t]+avec[ \t]+"
    r"(?:l['’]|son[ \t]+|sa[ \t]+)(?:auteur|autrice|écrivain\p{L}*)|[ \t]+z[ \t]+(?:autorem|autorką|pisarzem)|"
    r"[ \t]+с[ \t]+"
    r"(?:автором|писателем)")
_LIKE_IN_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:like|as|such[ \t]+as|wie|comme|como|come|jak|как)[ \t]+"
                                r"(?:in|im|dans|en|in[ \t]+the|w|в)[ \t]+)$")
_LITERATURE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:literature|literary|literatura|littérature|literatur|letteratura|literatuur|litteratur|"
    r"kirjallisuu\p{L}*|irodalom\p{L}*|edebiyat\p{L}*|литератур\p{L}*|λογοτεχν\p{L}*|books|novels|poems|plays|"
    r"stories|fiction|films|movies|libros|livres|bücher|romane)(?![\p{L}\p{M}])")
_REFERENCE_BEFORE = regex.compile(r"(?i:(?<![\p{L}\p{M}])(?:a[ \t]+)?reference[ \t]+to)[ \t]+$")
# Somebody calling themselves by the name ("said he's X", "claims she is X", "calls himself X"): asked about as a
# reference after it, the name is the reference's, not the speaker's.
_CALLS_ONESELF_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}\p{M}])(?:(?:said|says|say|claims?|claimed|thinks?|thought)[ \t]+(?:that[ \t]+)?(?:he|she|they|"
    r"i)(?:['’]s|['’]re|['’]m|[ \t]+is|[ \t]+was|[ \t]+are|[ \t]+am)|call(?:s|ed|ing)?[ \t]+(?:himself|herself|"
    r"themselves|myself)|goes[ \t]+by))[ \t]+$")
_ASKED_AS_REFERENCE_AFTER = regex.compile(
    r"(?i)[^\n]{0,60}?(?<![\p{L}\p{M}])(?:what(?:['’]?s|[ \t]+is|[ \t]+was)[ \t]+(?:that|this|it)[ \t]+(?:a[ \t]+)?"
    r"referenc\p{L}*|(?:is|was)[ \t]+(?:that|this|it)[ \t]+a[ \t]+reference)")


def _a_work_by_what_is_done_with_it(text: str, lo: int, hi: int, start: int, end: int) -> bool:
    """The name at [start, end) in its sentence [lo, hi) is a book's, a character's or a story's by what is done
    with it (see above). Bounded: the cues read at most 90 characters before the name and 80 after it."""
    if _possessed(text, start, end):
        return False  # "reread Anna's message", "dressed as Tom's sister": a person who has things
    before = max(lo, start - 90)
    if _REREAD_BEFORE.search(text, before, start) or _DRESSED_AS_BEFORE.search(text, before, start) or (
            _REFERENCE_BEFORE.search(text, before, start)):
        return True
    if _BE_AS_BEFORE.search(text, before, start) and _DRESS_UP_AFTER.search(text, end, min(hi, end + 80)):
        return True
    if _WITH_ITS_AUTHOR_AFTER.match(text, end) and _CONFUSED_BEFORE.search(text, max(lo, start - 30), start):
        return True
    if _LIKE_IN_BEFORE.search(text, before, start) and _LITERATURE.search(text, lo, start):
        return True
    return _CALLS_ONESELF_BEFORE.search(text, before, start) is not None and _ASKED_AS_REFERENCE_AFTER.match(
        text, end, min(len(text), end + 120)) is not None


def _script_group(text: str, start: int, end: int) -> str:
    """The script of the first letter in text[start:end]; Japanese kana count with Han."""
    letter = next((c for c in text[start:end] if c.isalpha()), "")
    script = script_of(letter) if letter else ""
    return "CJK" if script in ("HIRAGANA", "KATAKANA") else script


# --- Round 18 (things and labels, issue 12): a vessel by its prefix, a brand's product line, a number's label.
# Ships' and yachts' prefixes, in capitals as registers and harbour notices write them ("SY Arianna", "HMS Victory",
# "RV Polarstern", "M/Y Aurora"): the name after one is a vessel's. The prefixes that are also words or honorifics in
# capitals ("MS" Ms, "MY" my, "SS", "SV") only with a word of ships and harbours in the sentence ("MS Arianna arrives
# at the guest pontoon"). Case-sensitive: "Ms Arianna Rossi" keeps her honorific and stays a person.
_VESSEL_PREFIX = r"(?:SY|S/Y|M/Y|S/V|M/V|M/S|HMS|HMY|HMAS|HMCS|HMNZS|USS|USNS|RMS|RV|R/V|MV|FV|F/V)"
_VESSEL_PREFIX_AMBIGUOUS = r"(?:MS|SS|MY|SV)"
_VESSEL_NAME_WORDS = r"(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){0,2}"  # the name's words before the span ("M/Y Valentina [Aurora]")
_VESSEL_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}/]){_VESSEL_PREFIX}[ \t]+{_VESSEL_NAME_WORDS}$")
_VESSEL_FIRST = regex.compile(rf"{_VESSEL_PREFIX}[ \t]+(?=\p{{Lu}})")
_VESSEL_AMBIGUOUS_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}/]){_VESSEL_PREFIX_AMBIGUOUS}[ \t]+{_VESSEL_NAME_WORDS}$")
_VESSEL_AMBIGUOUS_FIRST = regex.compile(rf"{_VESSEL_PREFIX_AMBIGUOUS}[ \t]+(?=\p{{Lu}}\p{{Ll}})")
_SHIP_WORDS = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:pontoons?|berth(?:ed|s)?|moor(?:ed|ing|ings)|marinas?|harbou?rs?|quays?|jett(?:y|ies)|"
    r"anchor(?:ed|age)|draught|hull|keel|masts?|sail(?:s|ed|ing)?|skipper|vessels?|yachts?|ships?|boats?|ferr(?:y|ies)|"
    r"voyages?|tonnage|knots|regatta|wharf|(?:dry[ \t-]?)?dock(?:ed|s)?|port[ \t]+of[ \t]+call|liegeplatz|hafen|"
    r"schiff|jacht|segelyacht|ormeggi\p{L}*|porto|puerto|amarre|barco|velero|bateau|voilier|navire|ponton|"
    r"przystani\p{L}*|statek|żaglówk\p{L}*)(?![\p{L}\p{M}])")


# Round 21: a room, a ward or a building named after somebody. In running text the article stands before the name and
# the facility's word, in lower case, right after it ("The Churchill room and the Cavell chapel can be booked", "the
# Elizabeth Fry centre provides support"): a person takes no article, and a person's ward or room takes a number ("the
# patient Anna Berg ward 7" stays). In a form or a dictation, the facility's word is the field's label and ends a value
# of three words or more ("ward: Nettie Stevens Ward", "Room | Ada Lovelace Room", "uh ward Gerty Cori Ward"): the
# value is the facility's name ("ward: Mary Ward" stays: two words may be a nurse's name).
_FACILITY = (r"centre|center|room|chapel|wing|ward|hall|building|library|lounge|suite|garden|gardens|institute|unit|"
             r"clinic|theatre|theater|auditorium|annex|annexe|pavilion|gallery")
_FACILITY_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:the|The|THE)[ \t]+$")
_FACILITY_AFTER = regex.compile(rf"[ \t]+(?:{_FACILITY})(?![\p{{L}}\p{{M}}])(?![ \t]*(?:no\.?|nr\.?|#)?[ \t]*\p{{N}})")
_FACILITY_LAST = regex.compile(rf"[ \t](?i:({_FACILITY}))$")
_FACILITY_LABEL_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?i:([\p{L}]+))[ \t]*[:|=\t]?[ \t]*"
                                       r"(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){0,3}$")


# Round 28: a facility's word in Title case closing the name, with no number after it ("profile \"Curie Wing\"", "Ada
# Room", "the Seacole Suite"): a facility named after somebody when one of its words ranks as nobody's name (the
# facility's word itself, "Room", "Suite", or the other word, "Curie"). "Lisa Ward", "Tom Wing", "Mary Hall": every
# word ranks as a name, a person; "Anna Berg Room 12": a person's room.
_FACILITY_NUMBER_AFTER = regex.compile(r"[ \t]*(?:no\.?|nr\.?|#)?[ \t]*\p{N}")


# Round 30 (mogote): "in" or "into" right before a name that ends in a facility's word in Title case: a place one is
# in, not a person ("confidence in Lisa Ward" would need "in" said of a person, which no ward's, room's or hall's name
# takes).
_FACILITY_IN_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:in|into|inside)[ \t]+$")
# (review of round 30) "in" after trust or belief is said of a person ("confided in Ngozi Hall", "believe in Kwame Ward")
_TRUST_BEFORE_IN = regex.compile(r"(?i:(?<![\p{L}])(?:confided?|confides|confiding|believe[sd]?|believing|trust(?:s|ed)?|"
                                 r"confidence|faith|interest(?:ed)?|invest(?:ed)?|belief|hope|pride)[ \t]+(?:\p{L}+[ \t]+)?"
                                 r"(?:in|into)[ \t]+$)")


def facility_entered(text: str, start: int, end: int) -> bool:
    """[start, end) is two to four words closing with a facility's word in Title case, no number after it, right
    after "in" or "into" (_FACILITY_IN_BEFORE): "coffee in Nightingale Ward". The caller keeps a name led by a given
    name a person ("confidence in Lisa Ward")."""
    last = _FACILITY_LAST.search(text, start, end)
    return last is not None and last.group(1)[0].isupper() and 2 <= len(text[start:end].split()) <= 4 and (
        _FACILITY_NUMBER_AFTER.match(text, end) is None) and (
        _FACILITY_IN_BEFORE.search(text, max(0, start - 8), start) is not None) and (
        _TRUST_BEFORE_IN.search(text, max(0, start - 40), start) is None)


def _titled_facility(text: str, start: int, end: int, last: regex.Match[str]) -> bool:
    words = text[start:end].split()
    if not 2 <= len(words) <= 4 or not last.group(1)[0].isupper() or _FACILITY_NUMBER_AFTER.match(text, end):
        return False
    return any(_describe(w.strip("\"'“”‘’"))[1] == "word" for w in words)


def facility_by_context(text: str, start: int, end: int) -> bool:
    """[start, end) names a room, a ward or a building named after somebody (see _FACILITY)."""
    if _FACILITY_ARTICLE_BEFORE.search(text, max(0, start - 5), start) and _FACILITY_AFTER.match(text, end):
        return True
    last = _FACILITY_LAST.search(text, start, end)
    if last is None:
        return False
    if _titled_facility(text, start, end, last):
        return True
    label = _FACILITY_LABEL_BEFORE.search(text, max(0, start - 80), start)
    if label is None or label.group(1).lower() != last.group(1).lower():
        return False
    # "ward: Mary Ward" may be a nurse: a facility's name is a full name and its word (the span may have left the
    # name's first words out: "ward: Florence [Nightingale Ward]")
    return len(regex.findall(r"[\p{L}\p{M}'’-]+", text[label.end(1):last.start()])) >= 2


# Round 21: a place given with its coordinates right after its name ("location: Hagia Sophia (41.0086, 28.9802)",
# "Machu Picchu (-13.1631, -72.5450)", "Trondheim (63.43° N, 10.39° E)"): a latitude and a longitude in brackets
# locate a place, never a person.
_COORDINATES_AFTER = regex.compile(
    r"[ \t]*\([ \t]*[-+−]?\d{1,2}\.\d{2,8}[ \t]*°?[ \t]*[NSns]?[ \t]*[,;][ \t]*[-+−]?\d{1,3}\.\d{2,8}[ \t]*°?"
    r"[ \t]*[EWOewo]?[ \t]*\)")


def place_by_coordinates(text: str, start: int, end: int) -> bool:
    """[start, end) is followed by a bracketed latitude and longitude: a place's name."""
    return _COORDINATES_AFTER.match(text, end) is not None


def vessel_by_prefix(text: str, start: int, end: int) -> bool:
    """[start, end) names a ship or a yacht: a vessel's prefix before it or opening it (_VESSEL_PREFIX), or an
    ambiguous one ("MS", "MY") with a word of ships or harbours in the same line."""
    value = text[start:end]
    if _VESSEL_BEFORE.search(text, max(0, start - 60), start) or _VESSEL_FIRST.match(value):
        return True
    if not (_VESSEL_AMBIGUOUS_BEFORE.search(text, max(0, start - 60), start) or _VESSEL_AMBIGUOUS_FIRST.match(value)):
        return False
    lo = max(0, start - 120, text.rfind("\n", max(0, start - 120), start) + 1)
    hi = min(len(text), end + 120)
    hi = hi if (stop := text.find("\n", end, hi)) < 0 else stop
    return _SHIP_WORDS.search(text, lo, hi) is not None


# A collection, a line or an edition after a brand named after a person and the line's own name ("the Prada Linea
# Rossa collection", "die Hugo Boss Orange Kollektion"): the words are the product line's (brand_lines.txt), even
# where NER leaves the brand out of the span ("Linea Rossa") or a word of the line is also a given name.
_PRODUCT_LINE_WORDS = (r"(?:collections?|lines?|range|editions?|series|capsule|kollektion(?:en)?|linie|collezione|"
                       r"colecci[óo]n|cole[çc][ãa]o|collectie|kolekcj[aię]|коллекци\p{L}*)(?![\p{L}\p{M}])")
_PRODUCT_LINE_AFTER = regex.compile(rf"(?i)[ \t]+{_PRODUCT_LINE_WORDS}")
_PRODUCT_LINE_LAST = regex.compile(rf"(?i)[ \t]{_PRODUCT_LINE_WORDS}$")  # German capitalises it into the span
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]+$")


def brand_line_by_context(text: str, start: int, end: int) -> bool:
    """[start, end) is a brand's product line: the brand (brand_lines.txt) opens the span or stands right before it,
    and a word for a collection or a line follows it (_PRODUCT_LINE_AFTER)."""
    words = text[start:end].split()
    if not words or (_PRODUCT_LINE_AFTER.match(text, end) is None and (
            len(words) < 2 or _PRODUCT_LINE_LAST.search(text[start:end].rstrip()) is None)):
        return False
    if len(words) >= 2 and fold_token(_bare(words[0])) in _brand_heads():
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and fold_token(before.group(1)) in _brand_heads()


# A field's label ending in an abbreviation of "number" with the number after it ("Case No. 2025-CV-65750",
# "Order Nr: 4471", "Claim No 8812"): the label's words, nobody's name, when no word before the abbreviation ranks
# as a given or family name ("Employee Juan Perez No. 4" stays a person).
_NUMBER_ABBREVIATION_LAST = regex.compile(r"(?:^|[ \t])(?:No|NO|Nr|NR|Nº|N°|Núm|Num)$")
_NUMBER_AFTER = regex.compile(r"(?:\.[ \t]*|[ \t]*[:#][ \t]*|[ \t]+)\p{N}")


def number_label(text: str, start: int, end: int) -> bool:
    """[start, end) ends in "No" / "Nr" / "Nº" and a number follows it: a field's label (see above)."""
    value = text[start:end].rstrip()
    last = _NUMBER_ABBREVIATION_LAST.search(value)
    if last is None or _NUMBER_AFTER.match(text, start + len(value)) is None:
        return False
    words = _SCAN_WORD.findall(value, 0, last.start() + 1)
    return bool(words) and not any(is_name_word(w) for w in words)  # "Juan Perez No. 4": a person's place in a list


# --- Round 23 (scree): the names a text gives as examples of a naming convention, and the entries it marks as a
# public reference work's.
# A record's note that says the entry is a public figure's or a public reference work's: "Public figure, for the
# quiz card", "Historical person", "Entry for the school encyclopedia page", "Museum label draft", "Used as an
# example in our style guide", "Heading of the reading-list section" (and the same in the languages users write in).
# Nobody files a private person's record so; a note that denies it ("not a public figure") is no such note.
# (an encyclopedia only with its entry, page or article: "Sales rep, encyclopedia division" is a job)
_REFERENCE_WORK = r"(?:\p{L}*lexikon|encyclop(?:a|æ)?edia|enzyklop[äa]die|encyclop[ée]die|enciclop[ée]dia|энциклопеди\p{L}*)"
_ENTRY = r"(?:entry|page|article|eintrag|artikel|notice|voce|entrada|verbete|статья|запись)"
_PUBLIC_ENTRY_NOTE = regex.compile(
    r"(?i)(?:(?<![\p{L}\p{M}])(?:(?:public|historical|historic)[ \t]+(?:figure|personality|person(?:age)?)|"
    r"person[ \t]+des[ \t]+öffentlichen[ \t]+lebens|öffentliche[ \t]+person|historische[ \t]+(?:person|figur|"
    r"persönlichkeit)|personnalité[ \t]+(?:publique|historique)|personnage[ \t]+(?:public|historique)|"
    r"figure[ \t]+(?:publique|historique)|figura[ \t]+(?:p[úu]blica|hist[óo]rica|pubblica|storica)|"
    r"personaje[ \t]+(?:p[úu]blico|hist[óo]rico)|personaggio[ \t]+(?:pubblico|storico)|"
    r"публичн\p{L}*[ \t]+(?:лицо|персона|фигура|личность)|историческ\p{L}*[ \t]+(?:лицо|личность|деятель|фигура)|"
    rf"{_ENTRY}[^\n]{{0,30}}{_REFERENCE_WORK}|{_REFERENCE_WORK}[ \t-]*{_ENTRY}|lexikoneintrag|"
    r"museum[ \t]+(?:label|caption|plaque|panel)|museumsschild\p{L}*|cartel[ \t]+(?:de(?:l)?|du)"
    r"[ \t]+mus[ée]e?o?|(?:used[ \t]+)?as[ \t]+an[ \t]+example[ \t]+in[ \t]+(?:our|the|a)[ \t]+style[ \t-]+guide|"
    r"(?:heading|title)[ \t]+of[ \t]+(?:the|a)[ \t]+reading[ \t-]+list|reading[ \t-]+list[ \t]+(?:heading|section))"
    r"(?![\p{L}\p{M}]))")
_NOTE_DENIED = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:not|no|never|kein\p{L}*|nicht|pas|non|ni|не|nem|nie|niet|"
                             r"ikke|inte)(?:[ \t]+\p{L}+)?[ \t]+$")
_RECORD_LINE = regex.compile(r"\n|\\n|\u00b6")  # a line of a record, a JSON string's escaped line, a field break
_NOTE_LINES = 3  # lines of the same record after (or before) the name's line that a note may stand on


def _record_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The bounds of the name's line and of up to _NOTE_LINES lines after and before it in the same record (a blank
    line ends a record), 400 characters either side at most."""
    lo, hi = max(0, start - 400), min(len(text), end + 400)
    cuts = [m for m in _RECORD_LINE.finditer(text, lo, hi)]
    bounds, at = [], lo
    for cut in cuts:
        bounds.append((at, cut.start()))
        at = cut.end()
    bounds.append((at, hi))
    mine = next(i for i, (a, b) in enumerate(bounds) if a <= start <= b or a > start)
    picked = [bounds[mine]]
    for step in (1, -1):
        i = mine + step
        while 0 <= i < len(bounds) and abs(i - mine) <= _NOTE_LINES:
            a, b = bounds[i]
            if not text[a:b].strip():
                break  # a blank line: the record ends
            picked.append((a, b))
            i += step
    return picked


# Asked the way to the name ("directions to X from the airport", "how do I get to X", "Wegbeschreibung nach X", "cómo
# llegar a X", "itinéraire jusqu'à X"): a place one travels to, not a person (not "X's house": the possessive is a
# person's).
_WAY_TO_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:directions|route|the[ \t]+way|how[ \t]+(?:do[ \t]+(?:I|we|you)[ \t]+|to[ \t]+)get|"
    r"best[ \t]+way)[ \t]+(?:from[ \t]+[^.\n]{1,40}[ \t]+)?to[ \t]+$|"
    r"(?i)(?<![\p{L}\p{M}])(?:wegbeschreibung|anfahrt|route|weg)[ \t]+(?:nach|zu(?:m|r)?)[ \t]+$|"
    r"(?i)(?<![\p{L}\p{M}])(?:c[óo]mo[ \t]+llegar[ \t]+(?:a|al)|como[ \t]+chegar[ \t]+(?:a|ao|à)|"
    r"itin[ée]raire[ \t]+(?:pour|vers|jusqu['’]à)[ \t]*|comment[ \t]+aller[ \t]+à)[ \t]*$")


def way_to_a_place(text: str, start: int, end: int) -> bool:
    """The name is where one asks the way to (_WAY_TO_BEFORE), with no possessive after it."""
    if text[end:end + 2] in ("'s", "’s") or text[start:end].endswith(("'s", "’s")) or _private_words(
            text, max(0, start - 40), start):
        return False
    return _WAY_TO_BEFORE.search(text, max(0, start - 80), start) is not None


@per_scan
def _public_entry_notes(text: str) -> list[int]:
    """Where the text's public-entry notes start (_PUBLIC_ENTRY_NOTE), once a scan, 256 at most; the regex runs only
    where a stem of its words occurs at all (str.find over the lower-cased text)."""
    lowered = text.lower()
    if not any(stem in lowered for stem in _NOTE_STEMS):
        return []
    return [m.start() for m in islice(_PUBLIC_ENTRY_NOTE.finditer(text), 256)]


_NOTE_STEMS = ("figur", "person", "lexikon", "encyc", "enzyk", "encic", "museum", "cartel", "style", "reading",
               "энцикл", "публич", "историч", "öffentlich", "historisch", "historique", "publique", "pública",
               "publica", "pubblic", "storic", "histór", "histor")


def public_entry_note(text: str, start: int, end: int) -> bool:
    """The name's record carries a note that it is a public figure's or a public reference work's entry
    (_PUBLIC_ENTRY_NOTE), not denied, and the name's own line holds no possessive or relation ("Name: my aunt X")."""
    notes = _public_entry_notes(text)
    at = bisect.bisect_left(notes, max(0, start - 400))
    if at == len(notes) or notes[at] > end + 400:
        return False  # (the cheap look first: most names stand near no such note)
    lines = _record_lines(text, start, end)
    own_lo, own_hi = lines[0]
    noted = any(not _NOTE_DENIED.search(text, max(a, note.start() - 24), note.start())
                for a, b in lines for note in _PUBLIC_ENTRY_NOTE.finditer(text, a, b))
    return noted and not _private_words(text, own_lo, start)


# A name given as the example of a naming convention: "as in X", "e.g. X", "names like X", "authors like X",
# "am Beispiel X", "par exemple X", "por ejemplo X", "مثال X", and "how to cite X" (one cites the authors of record),
# in a sentence about names (_NAMING_WORDS; not needed after "<names / authors / poets> like" or "cite"). Nobody gives
# a private person's name as a convention's example; a possessive or relation in the sentence keeps it a person's.
_EXAMPLE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:as[ \t]+in|e\.[ \t]?g\.,?|for[ \t]+(?:example|instance),?|such[ \t]+as|"
    r"(?:am|zum)[ \t]+Beispiel(?:[ \t]+von)?|z\.[ \t]?B\.|par[ \t]+exemple|por[ \t]+ejemplo|p\.[ \t]?ej\.|"
    r"por[ \t]+exemplo|ad[ \t]+esempio|per[ \t]+esempio|például|например|(?:مع[ \t]+)?مثال|"
    r"على[ \t]+سبيل[ \t]+المثال)[ \t]*[\"'“‘«„]?[ \t]*$")
_LIKE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:names|spellings|forms|authors|writers|poets|novelists|playwrights|composers|painters|"
    r"artists|scientists|musicians|singers|leaders|figures|rulers|kings|queens|emperors)[ \t]+like[ \t]*"
    r"[\"'“‘«„]?[ \t]*$")
_CITE_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:cite|citing|zitier\p{L}*|citer|citar|citare|idézn?i|цитировать)[ \t]+$")
# The same after the name, as languages with postpositions write it: Telugu "X వంటి పేర్లు", Tamil "X போன்ற
# பெயர்கள்", Hindi "X जैसे नाम" (names like X).
_LIKE_NAMES_AFTER = regex.compile(r"[ \t]*(?:వంటి|లాంటి|போன்ற|जैसे|जैसा|जैसी)[ \t]+(?:పేర్|பெயர்|नाम)")
_NAMING_WORDS = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:names?|surnames?|family[ \t-]names?|given[ \t-]names?|first[ \t-]names?|"
    r"last[ \t-]names?|initials|patronymics?|matronymics?|maiden|née|married[ \t]+names?|particles?|honorifics?|"
    r"nicknames?|diminutives?|name[ \t-]order|capitals|capitali[sz]\p{L}*|upper[ \t-]?case|"
    r"namens?|nachnamen?|familiennamen?|vornamen?|vatersnamen?|initialen|geburtsnamen?|geb\.|noms?|prénoms?|"
    r"apellidos?|nombres?|sobrenomes?|nomes?|cognom[ei]|nom[ei]|фамили\p{L}*|имена|имя|отчеств\p{L}*|"
    r"اسم|الاسم|أسماء|الأسماء|بن|بنت|családnév|családnevek|utónév|név|nevek|nevét|keresztnév)(?![\p{L}\p{M}])")


_SPACE_RUN = regex.compile(r"[ \t]+")


def convention_example(text: str, start: int, end: int) -> bool:
    """The name is given as an example of a naming convention or as an author one cites (see above)."""
    lo = max(_line_start(text, start), start - 160)  # the name's line: "e.g." and "z. B." hold full stops
    stop = text.find("\n", end, min(len(text), end + 160))
    hi = stop if stop >= 0 else min(len(text), end + 160)
    if text[start:end].endswith(("'s", "’s")) or text[end:end + 2] in ("'s", "’s"):
        return False  # "as in Kim Min-jun's passport": the example is somebody's document
    cued = _LIKE_NAMES_AFTER.match(text, end) is not None
    # where the name starts: at the span, or after its first word or two that the model took in ("Beispiel X")
    starts = [start] + [m.end() for m in islice(_SPACE_RUN.finditer(text, start, end), 2)]
    for at in starts if not cued else ():
        before_lo = max(lo, at - 40)
        if _LIKE_BEFORE.search(text, before_lo, at) or _CITE_BEFORE.search(text, before_lo, at) or (
                _EXAMPLE_BEFORE.search(text, before_lo, at) is not None and _NAMING_WORDS.search(text, lo, hi)):
            cued = True
            break
    return cued and not _private_words(text, lo, hi)  # (the possessive's look last: it costs most)


# A whole name in quotation marks that its sentence asks about as a name: its initials, its surnames, its particle's
# capital, its citation, its spelling ("Expand the initials in "X"", "¿Por qué "X" aparece con un solo apellido?",
# "In the citation "X", which surname goes first?", Tamil ""X" என்ற பெயரில்"). The name is the question's example;
# not a JSON or a form's value ("name": "X", Name: "X"), not with a record's person or a possessive on the line.
_FORM_ASKED = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:initials?|citations?|cite[sd]?|bibliograph\p{L}*|spell\p{L}*|pronounc\p{L}*|"
    r"abbreviat\p{L}*|capital\p{L}*|particles?|surnames?|apellidos?|sobrenomes?|cognomi?|"
    r"nachnamen?|familiennamen?|initialen|noms?[ \t]+de[ \t]+famille|фамили\p{L}*|инициал\p{L}*)(?![\p{L}\p{M}])|"
    r"பெயர்\p{L}*|முதலெழுத்து\p{L}*|పేర\p{L}*|పేరు|नाम|이름|名前|氏名|(?<![\p{L}\p{M}])tên(?![\p{L}\p{M}])")
_RECORD_PERSON = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])(?:this|that|the|our|a)[ \t]+(?:customer|patient|client|employee|applicant|passenger|"
    r"guest|member|student|tenant|caller|person|contact|user|account|booking|record|file|candidate|new[ \t]+joiner)"
    r"(?![\p{L}\p{M}])")
_WORDS_TO_QUOTE_BEFORE = regex.compile(r"(?<=[\"'“‘«„「『][ \t]?)(?:[\p{L}\p{M}.'’-]+[ \t]+){1,3}$")
_WORDS_TO_QUOTE_AFTER = regex.compile(r"(?:[ \t]+[\p{L}\p{M}.'’-]+){1,3}(?=\\?[\"'”’»“」』])")
_QUOTE_OPEN_NEAR = regex.compile(r"(?<![\p{L}\p{M}])[\"'“‘«„「『]")
_QUOTE_CLOSE_NEAR = regex.compile(r"[\"'”’»“」』](?![\p{L}\p{M}])")
_QUOTE_OPENS = frozenset("\"'“‘«„「『")
_QUOTE_CLOSES = frozenset("\"'”’»“」』")


def quoted_name_asked_about(text: str, start: int, end: int) -> bool:
    """The name, quoted whole, is asked about as a name (see _FORM_ASKED)."""
    if _QUOTE_OPEN_NEAR.search(text, max(0, start - 45), start) is None or _QUOTE_CLOSE_NEAR.search(
            text, end, min(len(text), end + 46)) is None:
        return False  # (the cheap look first; an apostrophe inside a word, "Ab's", opens no quotation)
    lead = _WORDS_TO_QUOTE_BEFORE.search(text, max(0, start - 40), start)  # "Mies" of "Mies van der Rohe" left out
    a = (lead.start() if lead else start) - 1
    while a >= 0 and text[a] in " \u00a0":
        a -= 1
    tail = _WORDS_TO_QUOTE_AFTER.match(text, end, min(len(text), end + 40))
    b = tail.end() if tail else end
    while b < len(text) and text[b] in " \u00a0\\":
        b += 1
    if a < 0 or text[a] not in _QUOTE_OPENS or b >= len(text) or text[b] not in _QUOTE_CLOSES:
        return False
    k = a - 1
    while k >= 0 and text[k] in " \t\\":
        k -= 1
    if k >= 0 and text[k] in ":=：":
        return False  # "name": "X", Name: "X": a value, not an example
    lo = max(_line_start(text, start), start - 160)
    stop = text.find("\n", end, min(len(text), end + 160))
    hi = stop if stop >= 0 else min(len(text), end + 160)
    if _private_words(text, lo, hi) or _RECORD_PERSON.search(text, lo, hi):
        return False
    return _FORM_ASKED.search(text, lo, hi) is not None
