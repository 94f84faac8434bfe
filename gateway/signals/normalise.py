"""A second view of a prompt for the identifier recognizers: numbers as digits, identifiers whole.

People write identifiers in ways no digit regex sees: spelled out ("four one five, seven oh three",
"tres cero dos", "double five"), broken across lines by a scanner, a chat client or a form
("BSN\\n4510\\n19349", "my callback is +234 803\\nCustomer: 469 1758"), or defanged
("10[.]0[.]0[.]1", "jane(at)acme(dot)org"), typed digit by digit ("4 1 1 1 ..."), with mixed or
unusual separators ("078/05/1120", "4111-1111 1111.1111"), with O, l, S, B for 0, 1, 5, 8, in full-width
forms or with invisible characters inside, or glued to the letters of a script written without
spaces ("卡号6222 6208 0833 4928"). `identifier_view` rewrites only those runs, keeps a
margin of original text around each (the cue words the recognizers need), and remembers for every
character of the view where it came from, so a span found in the view maps back onto the
original text. A rewritten character maps to the whole original run it came from ("double five"
-> "55": both digits map to both words), so a span is never narrower than what it was read from:
redaction covers the whole original run, and a request whose identifier was found this way is
flagged like any other.

Findings in the view count only when they touch a rewrite (everything else the plain pass saw
already), and a finding that only exists because lines were joined needs the evidence a joined
number can carry: a check digit (cards, IBANs, checksum national IDs), a cue word (MRN, passport,
national ID, SSN recognizers are cued by construction), a card word for a card, a phone word or a
"+" for a phone. A column of unrelated numbers joined into one is otherwise just a long number.

Hand-written (no library spells digits back in several languages and keeps offsets); a few
regex scans per prompt, the view is built only when a scan finds something to rewrite.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass
from itertools import islice

import regex
from stdnum import iban as stdnum_iban
from stdnum import luhn as stdnum_luhn
from stdnum.es import dni as stdnum_dni
from stdnum.fi import hetu as stdnum_hetu

from gateway.signals.identifiers import PERSONAL_IP_CUE
from gateway.signals.names import FIELD_BREAK, lower_keeping_offsets  # the pii module joins a request's texts with it
from gateway.signals.recognizers import (SSN_WORD, InternationalPhoneRecognizer, card_word_near, example_iban,
                                         reserved_address, role_mailbox, trie_pattern)

# Digit words of the languages users write in (English, Spanish, French, German, Italian,
# Portuguese, Dutch; Russian since round 18). "oh"/"o" read as zero only inside a run of digit words.
_UNITS: dict[str, str] = {}
for _digit, _words in enumerate((
        "zero oh o nought nil cero zéro zero null nul nulo ноль нуль",
        "one uno una un une eins ein uma um een один одна",  # "um" (Portuguese): a filler only with a comma, see _GAP
        "two dos deux zwei zwo due dois duas twee два две",
        "three tres trois drei tre três drie три",
        "four cuatro quatre vier quattro quatro четыре",
        "five cinco cinq fünf fuenf cinque vijf пять",
        "six seis six sechs sei zes шесть",
        "seven siete sept sieben sette sete zeven семь",
        "eight ocho huit acht otto oito восемь",
        "nine niner nueve neuf neun nove negen девять")):
    for _word in _words.split():
        _UNITS.setdefault(_word, str(_digit))
# Teens and tens, read in pairs ("forty-two", "quarante-deux", "cuarenta y dos", "quarantadue" is
# one word and not handled).
_TEENS: dict[str, str] = {}
for _value, _words in ((10, "ten diez dix dieci dez tien"), (11, "eleven once onze undici elf"),
                       (12, "twelve doce douze dodici doze twaalf zwölf"),
                       (13, "thirteen trece treize tredici treze dertien dreizehn"),
                       (14, "fourteen catorce quatorze quattordici catorze veertien vierzehn"),
                       (15, "fifteen quince quinze quindici vijftien fünfzehn"),
                       (16, "sixteen dieciséis dieciseis seize sedici dezesseis zestien sechzehn"),
                       (17, "seventeen diecisiete diciassette dezessete zeventien siebzehn"),
                       (18, "eighteen dieciocho diciotto dezoito achttien achtzehn"),
                       (19, "nineteen diecinueve diciannove dezenove negentien neunzehn")):
    for _word in _words.split():
        _TEENS[_word] = str(_value)
_TENS: dict[str, str] = {}
for _value, _words in ((20, "twenty veinte vingt venti vinte twintig zwanzig"),
                       (30, "thirty treinta trente trenta trinta dertig dreißig dreissig"),
                       (40, "forty fourty cuarenta quarante quaranta quarenta veertig vierzig"),
                       (50, "fifty cincuenta cinquante cinquanta cinquenta vijftig fünfzig"),
                       (60, "sixty sesenta soixante sessanta sessenta zestig sechzig"),
                       (70, "seventy setenta settanta zeventig siebzig"),
                       (80, "eighty ochenta ottanta oitenta tachtig achtzig"),
                       (90, "ninety noventa novanta negentig neunzig"),
                       # French counts 70-99 in twenties: "soixante-dix", "quatre-vingt-deux", "quatre-vingt-onze"
                       (70, "soixante-dix"), (80, "quatre-vingts quatre-vingt"), (90, "quatre-vingt-dix")):
    for _word in _words.split():
        _TENS.setdefault(_word, str(_value))
_HUNDRED = ("hundred", "cien", "cent", "cento", "hundert", "honderd")  # "seven hundred": 700
_REPEAT = {"double": 2, "triple": 3, "doble": 2, "doppel": 2, "doppio": 2, "dubbel": 2, "dupla": 2}
_FILLERS = ("um", "umm", "uh", "uhh", "er", "erm", "ah", "eh", "hmm", "ehm", "äh", "euh")

_NUMBER_WORD = "|".join(sorted({*_UNITS, *_TEENS, *_TENS}, key=len, reverse=True))
_SUFFIX = "|".join(sorted({*_UNITS, *_TEENS}, key=len, reverse=True))  # "-deux", "-sept", "-onze"
_TOKEN = (rf"(?:(?:{'|'.join(_REPEAT)})[ \t]+)?(?:{_NUMBER_WORD})(?:[ \t]*-[ \t]*(?:{_SUFFIX}))?"
          rf"(?:[ \t]+(?:{'|'.join(_HUNDRED)}))?|\d{{1,6}}")
# Separators read out: "one two three dash four five", "one nine two dot one six eight".
_SPOKEN_SEPARATORS = {"dash": "-", "hyphen": "-", "dot": ".", "point": ".", "slash": "/"}
_GAP = (rf"(?:[ \t]+(?:{'|'.join(_SPOKEN_SEPARATORS)})[ \t]+|[ \t]*[,;.\-–/][ \t]*|[ \t]+|[ \t]*\n[ \t]*)"
        rf"(?:(?:um[ \t]*,|(?:{'|'.join(f for f in _FILLERS if f != 'um')}|y|e|et|und|en|and)(?:[ \t]*,)?)[ \t]+)?")
# A run of 4-41 number tokens (digit words or digit groups), at least two of them words.
_SPELLED_RUN = regex.compile(rf"(?<![\p{{L}}\d])(?:(?:plus|плюс|\+)[ \t]*)?(?:{_TOKEN})(?:{_GAP}(?:{_TOKEN})){{3,40}}(?![\p{{L}}\d])",
                             regex.IGNORECASE)
# The cheap scan for number words (an alternation shaped as a trie, on lower-cased text).
_NUMBER_WORD_SCAN = re.compile(r"\b(?:" + trie_pattern({*_UNITS, *_TEENS, *_TENS, *_REPEAT}) + r")\b")
_CLUSTER_GAP = 16  # characters between two number words of one run ("five, um, six")
_PLUS = re.compile(r"(?:plus|плюс|\+)[ \t]*", re.IGNORECASE)
# (the end of a line whose last token holds a digit: anchored after the digit, so a long token
# with no line break is not rescanned from each of its digits)
_DIGIT_AT_LINE_END = re.compile(r"(?<=\d)[A-Za-z]*[ \t]*\r?\n")
_WORD_TOKEN = regex.compile(rf"(?<![\p{{L}}])(?:(?P<rep>{'|'.join(_REPEAT)})[ \t]+)?(?P<word>{_NUMBER_WORD})"
                            rf"(?:[ \t]*-[ \t]*(?P<unit>{_SUFFIX}))?(?:[ \t]+(?P<hundred>{'|'.join(_HUNDRED)}))?"
                            rf"(?![\p{{L}}])|(?P<digits>\d+)",
                            regex.IGNORECASE)

# A fragment of an identifier at the end of a line, and its continuation at the start of the next
# (after the same "Speaker:" label, when the lines carry one): "4510\n19349", "+234 803\nCustomer: 469";
# also from one field of the request into the next, over the JSON keys between them (a message sent
# as two content parts: "... 090-68" | "type" | "text" | "24-7052 ...").
# The continuation must end its line (or a remark follows it): a log line that starts with a
# timestamp after a line ending in a number is no continuation.
_FRAGMENT = r"[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[\-./][A-Za-z0-9]+)*"
# Words that say the next line carries on the number ("457-79\nand the rest is 2280", "rest: 1111").
_GOES_ON = (r"(?i:(?:and|&)[ \t]+)?(?i:(?:the|then|then[ \t]+the)[ \t]+)?(?i:rest|remainder|remaining[ \t]+digits|"
            r"last[ \t]+(?:part|bit|digits|four|4)|second[ \t]+(?:half|part)|continued|cont(?:'d|\.))"
            r"(?:[ \t]+(?i:is|are|was|were))?[ \t]*[:=]?[ \t]*")
_LINE_SPLIT = regex.compile(
    rf"(?<![\w\-./])(?:{_FRAGMENT})(?P<brk>[ \t]*\r?\n(?:{FIELD_BREAK}\n(?:[A-Za-z_]{{1,24}}\n{FIELD_BREAK}\n){{0,4}})?[ \t]*"
    rf"(?:{_GOES_ON}|(?P<label>\p{{L}}[\p{{L}}\d .'_-]{{0,24}}:[ \t]*))?)"
    # the continuation is the rest of the number: it ends its line, or a remark or a word follows it; a line of
    # its own holding a month and year ("12/30", "09/2031") is a card's expiry date or a date, never a number's rest
    r"(?!(?:0?[1-9]|1[0-2])/(?:\d{2}|20\d{2})[ \t]*(?:\r?\n|\Z))"
    rf"(?={_FRAGMENT}(?:[ \t\-]+{_FRAGMENT})*[ \t]*(?:\r?\n|\Z|[(\[—–\-]{{1,2}}[ \t]|[,;.][ \t]|\)|[ \t]+\p{{Ll}}))")
# A calendar date (ISO, or day and month before a four-digit year) is a value of its own, never a piece of a number
# broken over two lines.
_DATE_AT = re.compile(r"(?:(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|"
                      r"(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d\d)(?![\d.:/-]?\d)")
_LABEL_AT_LINE_START = regex.compile(r"[ \t]*(\p{L}[\p{L}\d .'_-]{0,24}:)[ \t]*")
# Round 18: an e-mail address split at its "@" over two lines or two messages ("reply to hana5296" | "@126.com pls"):
# a line or field that opens with "@" and a domain with a top-level domain, after one that ends in a local part. The
# local part must look like one (a digit, a dot, an underscore, a plus or a hyphen in it) or follow a mail word, so
# "Thanks\n@jane.doe" (a mention) stays two lines. The join needs no other evidence: an address is whole or nothing.
_AT_OPENS_LINE = regex.compile(r"\n[ \t]*@(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|edu|gov|info|biz|mail|"
                               r"[a-z]{2})(?![\w-]))")
_LOCAL_PART_ENDS = regex.compile(
    rf"(?<![\w.+-])(?P<local>[\w.+-]{{2,64}})(?P<brk>[ \t]*\r?\n(?:{FIELD_BREAK}\n(?:[A-Za-z_]{{1,24}}\n{FIELD_BREAK}\n)"
    r"{0,4})?[ \t]*)\Z")
_DOMAIN_AFTER_AT = regex.compile(r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_MAIL_WORD_BEFORE = regex.compile(r"(?i:e-?mail|mail|reply[ \t]+to|write[ \t]+to|send[ \t]+(?:it[ \t]+)?to|correo|"
                                  r"courriel|adresse|address|почт|メール|邮箱)")
# Defanged addresses and obfuscated separators: "10[.]0[.]0[.]1", "hxxps", "jane[@]x.org", "(dot)".
# Round 21: "(a)" glued between a local part and a domain is how a scanner reads a printed "@" ("jane.doe(a)mail.gr"),
# and how some write it; only there (an enumeration's "(a)" stands apart from a domain), and the e-mail recognizers
# then judge the address whole.
_DEFANGED = re.compile(r"[\[({](?:\.|dot|@|at)[\])}]|\bhxxps?(?=://|\[:\]//)|\[:\]|"
                       r"(?<=[A-Za-z0-9._%+-])\(a\)(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-]))",
                       re.IGNORECASE)
_UNDEFANG = {"hxxp": "http", "hxxps": "https", "[:]": ":"}
# The characters a reader never sees: zero-width space, word joiner, BOM, soft hyphen, Mongolian vowel separator.
# pii.py's scan reads every text without them; the zero-width non-joiner and joiner are kept there (Persian, Indic,
# emoji need them) and removed here only, inside an identifier ("4111\u200c1111...").
HIDDEN_CHARS = "\u00ad\u180e\u200b\u2060\ufeff"
# Invisible characters typed or pasted inside an identifier, and the full-width forms of ASCII ("jane＠example．org"):
# removed and folded in the view.
_INVISIBLE = re.compile(f"[{HIDDEN_CHARS}\u200c\u200d]+")
_FULL_WIDTH = re.compile("[\uff01-\uff5e]+")
# OCR and typing confusions inside a number: letter O for zero, l or I for one ("4lll 1111 O4O7"); since round 21
# also S for five and B for eight, the other shapes a scanner confuses ("+48 512 7B7 249", "0307823S516"), and groups
# joined by a slash or a dot or of one character after a hyphen, as dates and dashed IDs print ("04/O2/1977",
# "1-B232-69279-l4-1"). Only in runs of digit groups where digits dominate; joined (it needs a check digit or a cue).
_OCR_RUN = re.compile(r"(?<![\w\-./])[0-9OolISB]{2,}(?:[\-/.][0-9OolISB]+|[ ][0-9OolISB]{2,}){0,11}(?![\w]|[\-/.]\w)|"
                      r"(?<![\w\-./])[0-9OolISB](?:[\-/.][0-9OolISB]+){1,11}(?![\w]|[\-/.]\w)")
_OCR_DIGITS = str.maketrans("OolISB", "001158")
_OCR_LETTERS = frozenset("OolISB")
# Round 21: the same confusions the other way, in a form's label: a digit inside a word of Latin letters ("Passp0rt",
# "PE5EL", "S5N", "Data ur0dzenia", "H0me"), a zero or one opening a lower-case word ("0f", "1icense") and a one closing
# an abbreviation ("Te1.") read as the letter it looks like, so a cue word is a cue again. Joined (weak evidence): a
# number beside such a label is found only when it validates or carries its own evidence.
_OCR_WORD = re.compile(r"(?<![\w.\-/])(?:[A-Za-z]{1,20}[0158]{1,2}[A-Za-z][A-Za-z0158]{0,20}|[01][a-z]{1,20}|"
                       r"[A-Za-z]{2,20}1(?=[.:]))(?![\w]|[.\-/]\d)")
_OCR_LOWER = {"0": "o", "1": "l", "5": "s", "8": "b"}
_OCR_UPPER = {"0": "O", "1": "I", "5": "S", "8": "B"}
# Round 21: letters typed for digits on purpose, to slip past a filter ("card: SSB6 9SBB 94lO 44OS", "O=0, l=1, S=5,
# B=8"): a run of digit groups where S stands for 5, B for 8 and Z for 2 as well, read as a card only when it has a
# few real digits, 13-19 characters and the digits it spells pass the Luhn check (1 in 10 random runs would, and the
# card recognizer still wants a card word or an expiry date beside it: the rewrite is joined).
_LOOKALIKE_RUN = re.compile(r"(?<![\w\-])[0-9OolISBZ]{2,}(?:[ \-][0-9OolISBZ]{2,}){0,7}(?![\w])")
_LOOKALIKE_DIGITS = str.maketrans("OolISBZ", "0011582")
# Round 21: an identifier written backwards ("rf.liamtoh@56.rodoet", "2718336303BGNI62LN"): a token that is no
# address or IBAN as written and is one read from right to left (an IBAN's mod-97 check; an address's top-level
# domain, which the e-mail recognizer validates again) is read reversed; a registry's example IBAN or an address on a
# domain reserved for documentation stays unread (disguised, the documentation rules cannot see what it is). A URL's
# query string ("?q=IBAN%3A%202718...") reaches the view decoded (pii._unescape).
_REVERSED_IBAN = re.compile(r"(?<![\w])[0-9A-Z]{11,30}\d{2}[A-Z]{2}(?![\w])")
_REVERSED_MAIL = re.compile(r"(?<![\w])(?P<tld>[a-z]{2,6})\.[\w.\-]{1,60}@[\w.+\-]{1,64}(?![\w.+\-])")
_TOP_LEVEL = re.compile(r"[a-z]{2}|com|net|org|edu|gov|info|biz|mail|online|site|io|app|dev|email|name|pro|mobi")
# Round 21: Cyrillic and Greek letters that look like Latin ones, typed into a Latin word to slip past a filter
# ("gіlvаnrеbо.3975@wеb.dе", "Ruа Sаbіá"): a word where a Latin letter and one of these meet, and which is all Latin
# once they are folded, is read folded (the e-mail, address and other recognizers then judge it). A Russian or
# Greek word has no Latin letter in it, so it is never touched.
_CONFUSABLE = dict(zip("аеорсухіјѕԁӏАВЕКМНОРСТХІЈЅοαρνιτκυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
                       "aeopcyxijsdlABEKMHOPCTXIJSoapvitkuxABEZHIKMNOPTYX"))
_CONFUSABLES = "".join(_CONFUSABLE)
_SCRIPT_MEET = re.compile(f"[A-Za-z][{_CONFUSABLES}]|[{_CONFUSABLES}][A-Za-z]")
_FOLD_TOKEN = re.compile(r"[\w.@+\-]")
_MAX_TOKEN = 120
# Digit groups of one number with separators the recognizers do not expect: mixed ("4111-1111
# 1111.1111"), padded ("078 - 05 - 1120"), or slashes, dots, underscores, bars ("078/05/1120");
# each separator becomes "-" in the view (joined: it needs the evidence a joined number needs).
_GROUP_SEP = r"(?:[ \t]*[\-./_|][ \t]*|[ \t]+)"
_ODD_GROUPS = re.compile(rf"(?<![\w.\-/])(?:[A-Z]{{2}}\d{{2}}|\d{{2,6}})(?:{_GROUP_SEP}\d{{2,6}}){{2,9}}(?![\w:]|[.\-/]\d)")
# Round 18: an IBAN whose groups are cut anywhere, letters too, by slashes, dots, bars or underscores ("GB62MI/D/L/
# 355503/774282/76", "DE89.3704.0044.0532.0130.00"): the separators are dropped in the view when what remains passes
# the IBAN check (mod 97), so no other value is touched.
_IBAN_ODD = re.compile(r"(?<![\w.\-/])[A-Z]{2}\d{2}[A-Z0-9]{0,8}(?:[ \t]*[\-./_|][ \t]*[A-Z0-9]{1,8}){2,16}(?![\w])")
# How cards are grouped when printed (4-4-4-4, 4-6-5, 4-6-4, 4-5-6): a card number of 13-19 digits read
# out in other groups ("35 41 62 89 ...", pairs; "354 162 899 ...", threes) is joined unbroken in the view.
_CARD_GROUPINGS = ((4, 6, 5), (4, 6, 4), (4, 5, 6))
_SEPARATOR = re.compile(_GROUP_SEP)
_CELL_BAR = re.compile(r"[ \t]+\|[ \t]+")
_DOTTED_QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
# Digits typed one by one with a separator ("4 1 1 1 1 1 1 1", "5-5-5-0-1-2-3-4"): one number in the
# view, joined (it needs the evidence a joined number needs).
_SPACED_DIGITS = re.compile(r"(?<![\w.\-])\d(?:([ .\-])\d)(?:\1\d){5,}(?![\w]|[.\-]\d)")
# A number glued to a letter of a script written without spaces ("银联卡6222 6208 0833 4928预付",
# "カード番号3548 2532 7100 9746で"): no word boundary for the recognizers' patterns, which a
# space-separated language would give; the view puts a space on each glued side.
# (Thai's letters and signs only, U+0E01-0E4F: its digits ๐-๙ are script Thai too, and a Thai-digit date "๒๐๒๖/๐๘/๑๔"
# is no number glued to letters)
_CASELESS_LETTER = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u0e01-\u0e4f]"
_CASELESS = regex.compile(_CASELESS_LETTER)
_GLUED_NUMBER = regex.compile(rf"(?<={_CASELESS_LETTER})\+?\d(?:[\d \-.]{{0,30}}\d)?|"
                              rf"(?<![\d+])\+?\d(?:[\d \-.]{{0,30}}\d)?(?={_CASELESS_LETTER})")

# An address whose "@" (or ".") the writer replaced with another sign and said so, in any of the
# languages users write in: "jingyiliu#qq.com（#换成@）", "jane*acme.org, replace * with @", "замените # на @",
# "# = @", "@ statt #", "★を@に変えて"; or replaced before a webmail provider's domain without saying so
# ("jane.doe#gmail.com"). The view puts the "@" back; the email recognizers then judge the address.
_NOT_SIGN = "\\s\\w@\"'“”‘’「」『』()\\[\\]{}<>.,;:（）【】《》〔〕，。、：；！？"
_SIGN = (rf"[\"'“”‘’「『]?(?P<x>\[[^\]\s]{{1,8}}\]|\([^)\s]{{1,8}}\)|\{{[^}}\s]{{1,8}}\}}|[^{_NOT_SIGN}]{{1,3}})"
         r"[\"'”’」』]?")
_TARGET = (r"(?:(?:an?|the|un|une|una|um|uma|el|la|le|il|o|ein|eine|einen|знак)\s+)?"
           r"(?:[\"'“‘「『]?(?P<t>@)[\"'”’」』]?|[\"'“‘「『(](?P<t>\.)[\"'”’」』)])")
_SWAP = (r"replace|change|swap|switch|substitute|convert|turn|ersetze|ersetzen|ersetzt|tausche|remplace|remplacez|"
         r"remplacer|changez|cambia|cambie|cambiar|reemplaza|reemplace|reemplazar|sustituye|sustituya|sustituir|troca|"
         r"troque|trocar|substitua|substitui|substituir|sostituisci|sostituire|sostituite|vervang|zamień|zamien|"
         r"zastąp|zastap|замените|заменить|замени|поменяйте|поменять|поменяй|замініть|thay|ganti|ubah|değiştir")
_INSTEAD = (r"instead\s+of|in\s+place\s+of|statt|anstatt|anstelle\s+von|au\s+lieu\s+d[eu']|à\s+la\s+place\s+d[eu]|"
            r"en\s+(?:lugar|vez)\s+de|em\s+vez\s+de|no\s+lugar\s+de|al\s+posto\s+d[ie]|in\s+plaats\s+van|zamiast|"
            r"вместо|замість|yerine")
_REPLACE_INSTRUCTION = regex.compile("|".join((
    rf"(?:{_SWAP})\s+(?:(?:the|each|every|all|le|les|el|los|la|las|o|os|il|lo|gli|het|den|die|das)\s+)?{_SIGN}\s+"
    rf"(?:with|to|for|into|by|durch|gegen|par|por|con|com|pelo|pela|door|na|przez|на|bằng|thành|dengan|jadi|"
    rf"menjadi|ile)\s+{_TARGET}",
    rf"{_SIGN}\s*(?:换成|換成|改成|改为|改為|替换成|替換成|替换为|替換為|换为|換為|代表|就是|=|->|→|=>|⇒)\s*{_TARGET}",
    rf"{_SIGN}\s+(?:means|is|stands\s+for|durch)\s+{_TARGET}",
    rf"{_SIGN}\s*(?:を|は)\s*{_TARGET}\s*(?:に|へ|で)",
    rf"{_SIGN}\s*(?:을|를|은|는)?\s*{_TARGET}\s*(?:로|으로)",
    rf"用\s*{_TARGET}\s*(?:代替|替换|替換|取代)\s*{_SIGN}",
    rf"(?:(?:use|put|pon|mets|metti|setze|ставьте|поставьте)\s+)?{_TARGET}\s+(?:{_INSTEAD})\s+{_SIGN}",
    rf"(?:вместо|замість)\s+{_SIGN}\s+(?:(?:поставьте|ставьте|пишите|напишите)\s+)?{_TARGET}",
)), regex.IGNORECASE)
_WEBMAIL_SIGN = re.compile(
    r"(?<=[A-Za-z0-9._%+-])[#*&$^!~|](?=(?:gmail|googlemail|yahoo|ymail|outlook|hotmail|live|msn|icloud|aol|"
    r"protonmail|proton|gmx|yandex|mail|rambler|qq|163|126|sina|sohu|foxmail|aliyun|naver|daum|hanmail|libero|orange|"
    r"laposte|seznam|wp|onet|interia|rediffmail|zoho|web)\.[a-z]{2,})", re.IGNORECASE)
_ADDRESS_CHAR = re.compile(r"[A-Za-z0-9._%+\-]")
# An address written as character references, the way web pages hide it from scrapers ("jane&#64;acme.org",
# "&#106;&#97;&#110;&#101;&#x40;..."), or with its "@" or "." percent-encoded, as URLs and logs carry it
# ("?email=jane%40acme.org"; only between address characters: "%40" is common elsewhere).
_ENCODED_SIGN = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,4})|0*(\d{1,5}));|&commat;|&period;|(%40|%2[eE])")
_MAX_REFERENCES = 256  # a whole address in references is ~20 of them
_INSTRUCTION_REACH = 60  # characters around an "@" an instruction is looked for in
_ADDRESS_REACH = 1_000  # characters either side of an instruction its signs are replaced in

# At most this many rewrites of each kind per text: a prompt with hundreds of them is a number
# table or a word list, not a few identifiers written out, and the view (rebuilt in Python and
# scanned again) must stay cheap. Past the cap the plain pass still judges that text.
_MAX_PER_KIND = 32
_MARGIN_BEFORE = 100  # original text kept before a rewrite: cue words ("passport no.", "SSN")
_MARGIN_AFTER = 40
# Between windows of the view: text left out. Its own mark, not FIELD_BREAK: a cut is not the
# boundary of a request field (the phone recognizer reads a lone "text" between field breaks as a
# content part's key, names.letters_around stops at one). Like FIELD_BREAK neither a word nor a
# space character, so no `\w`/`\s` pattern (a cue, then `\s*`, then a date) reaches across it.
_VIEW_BREAK = "\n\u241e\n"  # SYMBOL FOR RECORD SEPARATOR

# Entities whose recognizers carry their own evidence (a check digit or a cue word in the pattern).
_SELF_EVIDENT = frozenset({"IBAN_CODE", "US_SSN", "US_ITIN", "NATIONAL_ID", "MEDICAL_RECORD_NUMBER", "PASSPORT",
                           "UK_NHS", "EMAIL_ADDRESS", "IP_ADDRESS", "DATE_OF_BIRTH", "US_BANK_NUMBER"})
_PHONE = InternationalPhoneRecognizer()  # its cue words: a joined number is a phone only after one


@dataclass(frozen=True)
class Edit:
    """A rewritten run, in view coordinates; `joined`: made by joining lines (weaker evidence);
    `field_break`: the join skipped from one field of the request into another."""

    start: int
    end: int
    joined: bool
    field_break: bool = False
    line_join: bool = False  # two lines (or fields) joined into one number
    dictated: bool = False  # digits read out one by one: spelled as words, or typed with a gap between each


@dataclass(frozen=True)
class IdentifierView:
    """Rewritten windows of a text, each view character's origin in it, and where the rewrites are."""

    text: str
    starts: tuple[int, ...]  # starts[i]: original offset where view character i's source begins
    ends: tuple[int, ...]  # ends[i]: original offset where it ends
    edits: tuple[Edit, ...]

    def original_spans(self, entity: str, start: int, end: int) -> list[tuple[int, int]]:
        """The original spans of a view finding: one, over the whole run it was read from, or one
        per request field when it was joined across fields (the JSON keys between them are not
        part of it); none when the finding does not rest on a rewrite (the plain pass judged that
        text) or rests only on joined lines without evidence."""
        touched = self._touched(start, end)
        if not touched or end <= start:
            return []
        if all(e.joined for e in touched) and not self._evident(entity, start, end,
                                                                 any(e.line_join for e in touched)):
            return []
        spans, lo = [], start
        for cut in (e for e in touched if e.field_break and start < e.start and e.end < end):
            spans.append((self.starts[lo], self.ends[cut.start - 1]))
            lo = cut.end
        spans.append((self.starts[lo], self.ends[end - 1]))
        return spans

    def _whole_numbers_joined(self, start: int, end: int) -> bool:
        """A line join inside [start, end) whose two lines each hold ten digits or more (after a label): each line
        a whole phone number of its own (E.164 numbers have at most 15 digits, so no number is split that way)."""
        for edit in self._touched(start, end):
            if not edit.line_join:
                continue
            line_lo = self.text.rfind("\n", 0, edit.start) + 1
            line_hi = self.text.find("\n", edit.end)
            left = self.text[line_lo:edit.start].rpartition(":")[2]
            right = self.text[edit.end:len(self.text) if line_hi < 0 else line_hi]
            if sum(c.isdigit() for c in left) >= 10 and sum(c.isdigit() for c in right[:40]) >= 10:
                return True
        return False

    def _touched(self, start: int, end: int) -> list[Edit]:
        return [e for e in self.edits if (start < e.start < end if e.start == e.end else e.start < end and start < e.end)]

    def read_out_phone(self, start: int, end: int) -> bool:
        """A finding at [start, end) that rests on digits read out one by one ("null eins sieben ...",
        "0 7 4 6 ...") and is a valid number of phone length: somebody dictating a number to call. No
        other number of 10-15 digits is read out digit by digit (a card is Luhn-checked as a card)."""
        return any(e.dictated for e in self._touched(start, end)) and _PHONE.read_out(self.text[start:end])

    def dictated_ids(self) -> list[tuple[int, int]]:
        """Round 21: identity numbers read out digit by digit after a bare identity label ("ID: one nine nine zero
        ...", "identity number: one one zero one eight zero ... B"), in view coordinates. Nobody spells an order
        number word by word; the digits (and a check letter after them) must still pass the check of a personal
        identity scheme (_DICTATED_SCHEMES: a check digit, a check letter, a date), as the cued recognizers ask."""
        found = []
        for edit in self.edits:
            if not edit.dictated or not _ID_LABEL_BEFORE.search(self.text, max(0, edit.start - 40), edit.start):
                continue
            digits = "".join(c for c in self.text[edit.start:edit.end] if c.isdigit())
            end = edit.end
            letter = _CHECK_LETTER.match(self.text, end)
            if letter and any(check(digits, letter.group(1).upper()) for check in _DICTATED_LETTER_SCHEMES):
                found.append((edit.start, letter.end()))
            elif any(check(digits) for check in _DICTATED_SCHEMES):
                found.append((edit.start, end))
        return found

    def _evident(self, entity: str, start: int, end: int, line_join: bool) -> bool:
        if entity == "PHONE_NUMBER" and line_join and self._whole_numbers_joined(start, end):
            return False  # "Phone: (212) 555-0155\nPhone: 07700 900000": two numbers a label repeats, no split one
        if entity == "US_SSN" and line_join:  # "457-79\n...2280": 3-2-4 once joined, an SSN only near its word
            return SSN_WORD.search(self.text, max(0, start - _MARGIN_BEFORE), start) is not None
        if entity == "IP_ADDRESS" and line_join:  # "pin node 20.11.1\n67 tests passed": a version and a count
            return PERSONAL_IP_CUE.search(self.text, max(0, start - _MARGIN_BEFORE), end + _MARGIN_AFTER) is not None
        if entity in _SELF_EVIDENT:
            return True
        if entity == "CREDIT_CARD":
            return card_word_near(self.text, start, end) or _EXPIRY_AFTER.match(self.text, end) is not None
        if entity == "PHONE_NUMBER":
            return (self.text.startswith("+", start) or _PHONE.cued(self.text, start) or _PHONE.cued_after(self.text, end)
                    or self.read_out_phone(start, end))
        return False


# Round 21: a bare identity label before a number read out (IdentifierView.dictated_ids), in the languages users
# write in, and the personal identity schemes whose check a number read out after one must pass.
_ID_LABEL_BEFORE = regex.compile(
    # (the label opens its field or follows a possessive: an "order ID", a "booking ID" names no person's number)
    r"(?:(?:^|(?<=[\n:;,.!?(\[{\"'|>=\-]))[ \t]*|(?<![\p{L}\d])(?i:my|his|her|their|your|the|mi|su|mon|ma|son|sa|mein|meine|meu|minha|mio|mia|mijn|min|mitt)[ \t]+)"
    r"(?:(?-i:ID)|(?i:id(?:entity|entification)?|identit[ée]|identidad|identidade|identit[àa]|"
    r"personal|personnummer|henkil[öo]tunnus|tunnus|ausweis|kimlik|zehut|teudat)(?:[ \t]+(?i:number|no\.?|nr\.?|"
    r"code|card|num[ée]ro|n[úu]mero|nummer))?)[ \t]*[:=#]?[ \t]*$")
_CHECK_LETTER = regex.compile(r"[ \t\-]?([A-Za-z])(?![\p{L}\d])")
_DICTATED_SCHEMES = (*(importlib.import_module(f"stdnum.{name}").is_valid for name in (
    "il.idnr", "nl.bsn", "pl.pesel", "no.fodselsnummer", "br.cpf", "tr.tckimlik", "se.personnummer")),
    # Finland's henkilötunnus read without its century sign, its check character a digit ("2908771639")
    lambda d: len(d) == 10 and any(stdnum_hetu.is_valid(f"{d[:6]}{sign}{d[6:]}") for sign in "-+A"))
_DICTATED_LETTER_SCHEMES = (
    # Finland's henkilötunnus read without its century sign ("110180831B": 110180-831B), Spain's DNI
    lambda d, c: len(d) == 9 and any(stdnum_hetu.is_valid(f"{d[:6]}{sign}{d[6:]}{c}") for sign in "-+A"),
    lambda d, c: len(d) == 8 and stdnum_dni.is_valid(f"{d}{c}"),
)


# Round 18: a card's expiry date right after a number joined from lines ("5213 2849\n4665 1215\n12/30", "...\nexp
# 09/2031"): the number is a card's as surely as with a card word (the card recognizer still checks Luhn).
_EXPIRY_AFTER = regex.compile(r"[ \t]*(?:\r?\n|[,;|][ \t]*|[ \t])[ \t]*(?:(?i:exp(?:iry|ires|\.)?|valid(?:[ \t]thru)?|"
                              r"vence|venc\.?|gültig[ \t]bis|val\.)[ \t]*:?[ \t]*)?(?:0[1-9]|1[0-2])[ \t]?/[ \t]?"
                              r"(?:\d{2}|20\d{2})(?![\d/])")


# (start, end, [(replacement, source start, source end)], joined) in original coordinates
_Rewrite = tuple[int, int, list[tuple[str, int, int]], bool]


def identifier_view(text: str) -> IdentifierView | None:
    """The view of `text` (see the module docstring), or None when nothing in it needs rewriting.

    A number read out with pauses is rendered twice: grouped as read ("415 703 4566", what phone
    recognizers expect) and unbroken ("4308555522015423": a speaker's pauses are no card grouping);
    lines are joined both glued ("36657015411031") and with a space ("4111 1111 1111 1111")."""
    rewrites = _rewrites(text)
    if not rewrites:
        return None
    renderings = [rewrites]
    second = [(lo, hi, [p for p in pieces if p[0] != " "], joined) for lo, hi, pieces, joined in rewrites
              if any(p[0] == " " for p in pieces)]
    second += [(lo, hi, [(_joint(text, lo), lo, hi)], True) for lo, hi, pieces, joined in rewrites
               if joined and not pieces]
    if second:
        renderings.append(sorted(second, key=lambda r: r[0]))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    edits: list[Edit] = []
    for rendering in renderings:
        pending = iter(rendering)
        rewrite = next(pending, None)
        for a, b in _windows(text, rendering):
            if out:
                out.append(_VIEW_BREAK)
                starts.extend([a] * len(_VIEW_BREAK))
                ends.extend([a] * len(_VIEW_BREAK))
            pos = a
            while rewrite is not None and rewrite[0] < b:
                lo, hi, pieces, joined = rewrite
                _copy(text, pos, lo, out, starts, ends)
                at = len(starts)
                for piece, src_lo, src_hi in pieces:
                    out.append(piece)
                    starts.extend([src_lo] * len(piece))
                    ends.extend([src_hi] * len(piece))
                edits.append(Edit(at, len(starts), joined, joined and FIELD_BREAK in text[lo:hi],
                                  joined and "\n" in text[lo:hi],
                                  bool(_SPELLED_RUN.fullmatch(text, lo, hi) or _SPACED_DIGITS.fullmatch(text, lo, hi))))
                pos = hi
                rewrite = next(pending, None)
            _copy(text, pos, b, out, starts, ends)
    return IdentifierView("".join(out), tuple(starts), tuple(ends), tuple(edits))


def _joint(text: str, end: int) -> str:
    """What joins two lines of one number in the second rendering: the separator the writer used in
    the part before the break ("457-79" -> "-", so "457-79-2280"), else a space."""
    at = end
    while at > max(0, end - 40) and (text[at - 1].isalnum() or text[at - 1] in "-./"):
        at -= 1
        if text[at] in "-./":
            return text[at]
    return " "


def _windows(text: str, rewrites: list[_Rewrite]) -> list[tuple[int, int]]:
    """Merged windows of original text around the rewrites (the margins hold the cue words)."""
    windows: list[list[int]] = []
    for lo, hi, _, _ in rewrites:
        a, b = max(0, lo - _MARGIN_BEFORE), min(len(text), hi + _MARGIN_AFTER)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    return [(a, b) for a, b in windows]


def _copy(text: str, lo: int, hi: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    out.append(text[lo:hi])
    starts.extend(range(lo, hi))
    ends.extend(range(lo + 1, hi + 1))


def _rewrites(text: str) -> list[_Rewrite]:
    """Every run to rewrite, sorted and non-overlapping (spelled digits win over a line join).

    Each kind is found by a cheap scan first (number words; a digit before a line break; a bracket
    around a dot or at) and the full pattern runs only there: over 100 KB of prose the full
    patterns alone cost ~35 ms, the scans ~5."""
    found: list[_Rewrite] = []
    for lo, hi in _word_clusters(text):
        for match in islice(_SPELLED_RUN.finditer(text, lo, hi), _MAX_PER_KIND - len(found)):
            if pieces := _spelled(match.group(0), match.start()):
                found.append((match.start(), match.end(), pieces, False))
    joins = 0
    for hit in islice(_DIGIT_AT_LINE_END.finditer(text), 8 * _MAX_PER_KIND):
        if joins >= _MAX_PER_KIND:
            break
        start = hit.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-./"):
            start -= 1
        match = _LINE_SPLIT.match(text, start)
        if match is None or (match.group("label") and not _same_label(text, match.start(), match.group("label"))):
            continue
        if _DATE_AT.match(text, match.end("brk")) or _DATE_AT.fullmatch(text, match.start(), match.start("brk")):
            continue  # a calendar date on either side ("+1 202-555-0143" | "date_of_birth" | "1970-01-01"): two values
        if _OCR_WORD.match(text, match.end("brk")):
            continue  # the next line opens with a scanned word ("37388" | "Passp0rt no."), not the number's rest
        lo, hi = match.span("brk")
        found.append((lo, hi, [], True))  # the break (and a repeated label) is dropped
        joins += 1
    for hit in islice(_AT_OPENS_LINE.finditer(text), _MAX_PER_KIND):
        at = text.index("@", hit.start())
        lo = max(0, at - 160)
        split = _LOCAL_PART_ENDS.search(text, lo, at)
        if split is None:
            continue
        local = split.group("local")
        domain = _DOMAIN_AFTER_AT.match(text, at)
        if domain is None or role_mailbox(f"{local}{domain.group(0)}"):
            continue  # "write to jobs" | "@acme.de": a split role mailbox is an organisation's, left to be read whole
        if any(c.isdigit() or c in "._+-" for c in local) or _MAIL_WORD_BEFORE.search(
                text, max(0, split.start() - 40), split.start()):
            found.append((split.start("brk"), split.end("brk"), [], True))
    for match in islice(_INVISIBLE.finditer(text), _MAX_PER_KIND):
        found.append((match.start(), match.end(), [], False))
    for match in islice(_FULL_WIDTH.finditer(text), _MAX_PER_KIND):
        folded = unicodedata.normalize("NFKC", match.group(0))
        found.append((match.start(), match.end(), [(c, match.start() + i, match.start() + i + 1)
                                                   for i, c in enumerate(folded)], False))
    for match in islice(_SPACED_DIGITS.finditer(text), _MAX_PER_KIND):
        found.append((match.start(), match.end(), [(d, match.start() + i, match.start() + i + 1)
                                                   for i, d in enumerate(match.group(0)) if d.isdigit()], True))
    for match in islice(_GLUED_NUMBER.finditer(text), _MAX_PER_KIND):
        lo, hi = match.span()
        pieces = [(c, lo + i, lo + i + 1) for i, c in enumerate(match.group(0))]
        if lo and _CASELESS.match(text, lo - 1):
            pieces.insert(0, (" ", lo, lo + 1))
        if hi < len(text) and _CASELESS.match(text, hi):
            pieces.append((" ", hi - 1, hi))
        found.append((lo, hi, pieces, False))
    for match in islice((m for m in _OCR_RUN.finditer(text) if _mostly_digits(m.group(0))), _MAX_PER_KIND):
        prefix = _series_letter(match.group(0))
        found.extend((match.start() + i, match.start() + i + 1, [(c.translate(_OCR_DIGITS), match.start() + i,
                                                                   match.start() + i + 1)], True)
                     for i, c in enumerate(match.group(0)) if c in _OCR_LETTERS and not (i == 0 and prefix))
    for match in islice((m for m in _LOOKALIKE_RUN.finditer(text) if _luhn_lookalike(m.group(0))), _MAX_PER_KIND):
        found.extend((match.start() + i, match.start() + i + 1, [(c.translate(_LOOKALIKE_DIGITS), match.start() + i,
                                                                   match.start() + i + 1)], True)
                     for i, c in enumerate(match.group(0)) if c in "OolISBZ")
    found.extend(_reversed_identifiers(text))
    found.extend(_folded_homoglyphs(text))
    for match in islice(_OCR_WORD.finditer(text), _MAX_PER_KIND):
        word, lo = match.group(0), match.start()
        upper = sum(c.isupper() for c in word) > sum(c.islower() for c in word)
        found.extend((lo + i, lo + i + 1, [((_OCR_UPPER if upper else _OCR_LOWER)[c], lo + i, lo + i + 1)], True)
                     for i, c in enumerate(word) if c in _OCR_LOWER)
    for match in islice(_IBAN_ODD.finditer(text), _MAX_PER_KIND):
        compact = "".join(c for c in match.group(0) if c.isalnum())
        if 15 <= len(compact) <= 34 and stdnum_iban.is_valid(compact):
            found.append((match.start(), match.end(), [(c, match.start() + i, match.start() + i + 1)
                                                       for i, c in enumerate(match.group(0)) if c.isalnum()], False))
    odd = 0
    for match in _ODD_GROUPS.finditer(text):
        separators = [m for m in _SEPARATOR.finditer(text, match.start(), match.end()) if m.start() > match.start()]
        kinds = {m.group(0) for m in separators}
        if _DOTTED_QUAD.fullmatch(match.group(0)):
            continue  # an IPv4 address
        if len(kinds) > 1 and any(_CELL_BAR.fullmatch(k) for k in kinds):
            continue  # a table's cell boundary (a bar with blanks on both sides) between two cells' values written
            # otherwise ("| +1 202-555-0147 | 1925 |": a phone number, then a year): not one number's groups
        if len(kinds) == 1 and kinds <= {"-", " "}:
            if _card_length_in_odd_groups(match.group(0)):  # "35 41 62 89 94 38 22 30": one number, unbroken
                found.extend((m.start(), m.end(), [], True) for m in separators)
                odd += 1
            continue  # otherwise written as the recognizers expect
        found.extend((m.start(), m.end(), [("-", m.start(), m.end())], True) for m in separators)
        odd += 1
        if odd >= _MAX_PER_KIND:
            break
    found.extend(islice(_substituted_signs(text), _MAX_REFERENCES))
    for match in islice(_DEFANGED.finditer(text), _MAX_PER_KIND):
        lo, hi = match.span()
        token = match.group(0).lower()
        if token.startswith("hxxp") or token == "[:]":
            plain = _UNDEFANG[token]
        else:
            plain = "@" if ("@" in token or "at" in token or token == "(a)") else "."
            while lo > 0 and text[lo - 1] in " \t":
                lo -= 1
            while hi < len(text) and text[hi] in " \t":
                hi += 1
        found.append((lo, hi, [(plain, lo, hi)], False))
    found.sort(key=lambda r: (r[0], -r[1]))
    kept: list[_Rewrite] = []
    for rewrite in found:
        if not kept or rewrite[0] >= kept[-1][1]:
            kept.append(rewrite)
    return kept


def _substituted_signs(text: str) -> list[_Rewrite]:
    """The signs a writer put for "@" or "." in an address, each rewritten back: before a webmail provider's
    domain, as character references or percent-encoded (_ENCODED_SIGN), and where an instruction says so
    (_REPLACE_INSTRUCTION), within _ADDRESS_REACH of it."""
    rewrites: list[_Rewrite] = [(m.start(), m.end(), [("@", m.start(), m.end())], False)
                                for m in islice(_WEBMAIL_SIGN.finditer(text), _MAX_PER_KIND)]
    for match in islice(_ENCODED_SIGN.finditer(text), _MAX_REFERENCES):
        char = _decoded_reference(match)
        if char is None or (match.group(3) and not (match.start() and _ADDRESS_CHAR.match(text, match.start() - 1)
                                                     and _ADDRESS_CHAR.match(text, match.end()))):
            continue
        rewrites.append((match.start(), match.end(), [(char, match.start(), match.end())], False))
    seen: set[tuple[int, int]] = set()
    anchor, looked = text.find("@"), 0  # every instruction names the "@" it means
    while anchor >= 0 and looked < 4 * _MAX_PER_KIND:
        looked += 1
        lo, hi = max(0, anchor - _INSTRUCTION_REACH), min(len(text), anchor + _INSTRUCTION_REACH)
        anchor = text.find("@", anchor + 1)
        for instruction in _REPLACE_INSTRUCTION.finditer(text, lo, hi):
            if instruction.span() in seen:
                continue
            seen.add(instruction.span())
            sign, target = instruction.group("x"), instruction.group("t")
            rewrites += _replaced_in_addresses(text, sign, target, instruction.span())
    return rewrites


def _decoded_reference(match: "re.Match[str]") -> str | None:
    """The character an _ENCODED_SIGN match stands for, when it can be part of an address."""
    token = match.group(0).lower()
    if match.group(1) or match.group(2):
        code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
        char = chr(code) if code < 128 else ""
    else:
        char = "@" if token in ("&commat;", "%40") else "."
    return char if char == "@" or (char and _ADDRESS_CHAR.fullmatch(char)) else None


def _replaced_in_addresses(text: str, sign: str, target: str, instruction: tuple[int, int]) -> list[_Rewrite]:
    """Each `sign` outside the instruction that stands between address characters, as `target`."""
    rewrites: list[_Rewrite] = []
    lo, hi = max(0, instruction[0] - _ADDRESS_REACH), min(len(text), instruction[1] + _ADDRESS_REACH)
    at = text.find(sign, lo, hi)
    while at >= 0 and len(rewrites) < _MAX_PER_KIND:
        end = at + len(sign)
        outside = not (instruction[0] <= at < instruction[1])
        if outside and at and end < len(text) and _ADDRESS_CHAR.match(text, at - 1) and _ADDRESS_CHAR.match(text, end):
            rewrites.append((at, end, [(target, at, end)], False))
        at = text.find(sign, end, hi)
    return rewrites


def _card_length_in_odd_groups(run: str) -> bool:
    """13-19 digits in groups no card is printed in (see _CARD_GROUPINGS)."""
    groups = tuple(len(g) for g in _SEPARATOR.split(run) if g)
    four_by_four = all(n == 4 for n in groups[:-1]) and 1 <= groups[-1] <= 4
    return 13 <= sum(groups) <= 19 and not four_by_four and groups not in _CARD_GROUPINGS


def _luhn_lookalike(run: str) -> bool:
    """A run with letters for digits (_LOOKALIKE_RUN) that reads as a card number: 4+ real digits, 13-19 in all once
    read, the Luhn check passing, and one letter outside O, l, I (those alone are _OCR_RUN's)."""
    compact = run.replace(" ", "").replace("-", "")
    if not 13 <= len(compact) <= 19 or sum(c.isdigit() for c in compact) < 4 or not any(c in "SBZ" for c in compact):
        return False
    return stdnum_luhn.is_valid(compact.translate(_LOOKALIKE_DIGITS))


def _reversed_identifiers(text: str) -> list[_Rewrite]:
    """IBANs and e-mail addresses written backwards (_REVERSED_IBAN, _REVERSED_MAIL), each read reversed: every
    character of the reading maps to the whole token."""
    rewrites: list[_Rewrite] = []
    for match in islice(_REVERSED_IBAN.finditer(text), _MAX_PER_KIND):
        token = match.group(0)
        if stdnum_iban.is_valid(token[::-1]) and not stdnum_iban.is_valid(token) and not example_iban(token[::-1]):
            rewrites.append((match.start(), match.end(), [(token[::-1], match.start(), match.end())], False))
    at, looked = text.find("@"), 0
    while at >= 0 and looked < 4 * _MAX_PER_KIND and len(rewrites) < 2 * _MAX_PER_KIND:
        looked += 1
        match = _REVERSED_MAIL.search(text, max(0, at - 70), min(len(text), at + 70))
        at = text.find("@", at + 1)
        if match is None or (rewrites and match.start() < rewrites[-1][1]):
            continue
        token = match.group(0)
        forward_tld = token.rsplit(".", 1)[-1] if "." in token.rsplit("@", 1)[-1] else ""
        reversed_tld = match.group("tld")[::-1]
        if _TOP_LEVEL.fullmatch(reversed_tld) and not _TOP_LEVEL.fullmatch(forward_tld.lower()) and not (
                reserved_address(token[::-1])):
            rewrites.append((match.start(), match.end(), [(token[::-1], match.start(), match.end())], False))
    return rewrites


def _folded_homoglyphs(text: str) -> list[_Rewrite]:
    """Latin words with Cyrillic or Greek look-alike letters typed into them (_CONFUSABLE), each such letter folded."""
    rewrites: list[_Rewrite] = []
    done, tokens = 0, 0
    for meet in islice(_SCRIPT_MEET.finditer(text), 8 * _MAX_PER_KIND):
        if meet.start() < done:
            continue
        lo = meet.start()
        while lo > max(0, meet.start() - _MAX_TOKEN) and _FOLD_TOKEN.match(text, lo - 1):
            lo -= 1
        hi = meet.end()
        while hi < min(len(text), meet.end() + _MAX_TOKEN) and _FOLD_TOKEN.match(text, hi):
            hi += 1
        done = hi
        token = text[lo:hi]
        folded = "".join(_CONFUSABLE.get(c, c) for c in token)
        if any(unicodedata.name(c, "").startswith(("CYRILLIC", "GREEK")) for c in folded):
            continue  # a word of Cyrillic or Greek with a Latin letter in it is no Latin word in disguise
        if "@" in folded and reserved_address(folded.strip(".-+")):
            continue  # a documentation address in disguise is still nobody's (the plain pass cannot see it is one)
        rewrites.extend((lo + i, lo + i + 1, [(_CONFUSABLE[c], lo + i, lo + i + 1)], False)
                        for i, c in enumerate(token) if c in _CONFUSABLE)
        tokens += 1
        if tokens >= _MAX_PER_KIND:
            break
    return rewrites


def _series_letter(run: str) -> bool:
    """An S or a B before digits only ("B41209396", a Spanish company's NIF; "S8242515", a passport): the letter of a
    series, not a misread digit (a group misread elsewhere too, "Sl2 642 793", is a number misread throughout)."""
    group = _SEPARATOR.split(run, 1)[0]
    return group[:1] in ("S", "B") and group[1:].isdigit()


def _mostly_digits(run: str) -> bool:
    """A number with a few letters misread or mistyped for digits: 6+ digits, at least 70% of it."""
    digits = sum(c.isdigit() for c in run)
    letters = sum(c in _OCR_LETTERS for c in run)
    return letters > 0 and digits >= 6 and digits >= 0.7 * (digits + letters)


def _word_clusters(text: str) -> list[tuple[int, int]]:
    """Stretches where two or more number words stand within a few characters of each other."""
    clusters: list[tuple[int, int]] = []
    lowered = lower_keeping_offsets(text)
    first = last = -1
    count = 0
    for hit in _NUMBER_WORD_SCAN.finditer(lowered):
        if count and hit.start() - last <= _CLUSTER_GAP:
            count += 1
        else:
            if count >= 2:
                clusters.append((max(0, first - _CLUSTER_GAP), min(len(text), last + _CLUSTER_GAP)))
                if len(clusters) >= _MAX_PER_KIND:
                    return clusters
            first, count = hit.start(), 1
        last = hit.end()
    if count >= 2:
        clusters.append((max(0, first - _CLUSTER_GAP), min(len(text), last + _CLUSTER_GAP)))
    return clusters


def _same_label(text: str, fragment_start: int, label: str) -> bool:
    """The continuation line repeats the label its first part's line started with ("Customer:")."""
    line_start = text.rfind("\n", 0, fragment_start) + 1
    first = _LABEL_AT_LINE_START.match(text, line_start)
    return first is not None and first.group(1).strip().lower() == label.strip().rstrip().lower()


def _spelled(run: str, offset: int) -> list[tuple[str, int, int]] | None:
    """The run's tokens as digits, each with the original span it came from; separators with
    punctuation or a line break become one space (the writer's grouping), plain spaces vanish.
    None when fewer than two tokens are words or fewer than five digits come out."""
    pieces: list[tuple[str, int, int]] = []
    words = digits = 0
    previous_end: int | None = None
    tokens = list(_WORD_TOKEN.finditer(run))
    if plus := _PLUS.match(run):  # "plus four four ...": an international number
        pieces.append(("+", offset, offset + plus.end()))
    i = 0
    while i < len(tokens):
        token = tokens[i]
        lo, hi = token.span()
        if token.group("digits"):
            value = token.group("digits")
        else:
            word = token.group("word").lower()
            if word == "um" and run[hi:].lstrip(" \t").startswith(","):
                i += 1  # "five, um, six": a filler (Portuguese "um dois" is one, two)
                continue
            words += 1
            unit = (token.group("unit") or "").lower()
            if unit and (word in _TENS or _TEENS.get(word) == "10"):  # "forty-two", "dix-sept", "soixante-douze"
                value = str(int(_TENS.get(word) or _TEENS[word]) + int(_UNITS.get(unit) or _TEENS[unit]))
            elif word in _TENS and i + 1 < len(tokens) and _joins_tens(run, hi, tokens[i + 1]):
                nxt = tokens[i + 1]
                value = str(int(_TENS[word]) + int(_UNITS[nxt.group("word").lower()]))
                hi = nxt.end()
                i += 1
            else:
                value = (_UNITS.get(word) or _TEENS.get(word) or _TENS[word]) + (_UNITS.get(unit) or _TEENS.get(unit, ""))
            if token.group("rep"):
                value = value * _REPEAT[token.group("rep").lower()]
            if token.group("hundred"):
                value += "00"
        if previous_end is not None:
            gap = run[previous_end:lo]
            spoken = next((mark for word, mark in _SPOKEN_SEPARATORS.items()
                           if f" {word} " in f" {gap.lower().strip()} "), None)
            if spoken:
                pieces.append((spoken, offset + previous_end, offset + lo))
            elif any(c in gap for c in ",;.–/\n") or (gap != "-" and "-" in gap):  # "three-oh-two" is one group
                pieces.append((" ", offset + previous_end, offset + lo))
        pieces.append((value, offset + lo, offset + hi))
        digits += len(value)
        previous_end = hi
        i += 1
    return pieces if words >= 2 and digits >= 5 else None


_TENS_JOINER = re.compile(r"[ \t]*(?:-|[ \t]y[ \t]|[ \t]e[ \t]|[ \t]et[ \t]|[ \t]und[ \t]|[ \t]en[ \t])?[ \t]*",
                          re.IGNORECASE)


def _joins_tens(run: str, end: int, nxt: "regex.Match[str]") -> bool:
    """"forty two", "cuarenta y dos", "vingt-trois": a tens word and the unit after it make one number."""
    word = (nxt.group("word") or "").lower()
    if word not in _UNITS or _UNITS[word] == "0" or nxt.group("rep"):
        return False
    gap = _TENS_JOINER.fullmatch(run, end, nxt.start())
    return gap is not None

