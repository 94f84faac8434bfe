"""Write gateway/signals/data/common_words.txt.gz: everyday words of the uncased scripts that separate words with
spaces and that prompts quote most often inside Latin-script text (Hebrew, Arabic, Persian); and
gateway/signals/data/everyday_words.txt.gz: the commonest words of wordfreq's other cased-script languages.

names._foreign_script_name reads two or three words of such a script standing in another script's prose as a name
unless quoted or asked about: names of those scripts are what no romanised list holds. Round 32's blind splits
showed the other side of that reading: a tenant's "רטיבות בתקרה" (damp in the ceiling), an instruction "طلع الحقول
بصيغة" (pull out the fields as ...), an incident's "אצבע נלכדה במכבש" (a finger caught in the press) are phrases, not
names. A run none of whose words the name table lists and whose words are everyday words of its language (this file;
two of three in a three-word run) is read as a phrase.

One folded word per line (names.fold_token), UTF-8, gzip: every word with Zipf >= MIN_ZIPF in wordfreq 3.1.1's lists
for LANGUAGES, less the tokens the name table already holds (a listed name is judged by the table, never by this
file). wordfreq is build-time only (the `test` extra, like scripts/name_model.py); its data is CC-BY-SA 4.0
(attribution: wordfreq, Robyn Speer et al.); both derived lists carry that licence.

Round 35 (hamada): the name table holds English words, ranked names and place words only, so a common word of
Spanish, Polish or Turkish that is neither ("desde", "hace") is "unknown" to it, name-like: "hay una gotera en el
baño desde hace un mes" read "baño desde hace" as a lower-case name (baño is a ranked surname). everyday_words.txt.gz
holds every word of a cased script (Latin, Cyrillic, Greek, ...) with Zipf >= EVERYDAY_MIN_ZIPF in one of wordfreq's
languages other than English, less the name table's tokens; names.py reads such a word as a word only where it is
written in lower case (a capitalised one may still be an unlisted name: "Denna", "Hatten" are surnames too).

    python scripts/common_words.py      # ~1 minute
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LANGUAGES = ("he", "ar", "fa")  # (not Hindi: its wordfreq list holds the given names and surnames news prints,
# "सुनील", "देशमुख", which the name table does not list in Devanagari)
MIN_ZIPF = 3.0
OUT = ROOT / "gateway" / "signals" / "data" / "common_words.txt.gz"
EVERYDAY_MIN_ZIPF = 4.5  # ~the 3,000 commonest words of each language
EVERYDAY_OUT = ROOT / "gateway" / "signals" / "data" / "everyday_words.txt.gz"


def main() -> None:
    import wordfreq

    from gateway.signals.names import fold_token, name_lexicon

    listed = name_lexicon()
    words: set[str] = set()
    for language in LANGUAGES:
        for word in wordfreq.top_n_list(language, 200_000):
            if wordfreq.zipf_frequency(word, language) < MIN_ZIPF:
                break
            folded = fold_token(word)
            if len(folded) >= 2 and folded not in listed and not any(c.isascii() for c in folded):
                words.add(folded)
    _write(OUT, words)
    everyday: set[str] = set()
    for language in wordfreq.available_languages():
        if language == "en":
            continue
        # (the raw frequency table: zipf_frequency would tokenise, and Chinese or Japanese need their tokenisers)
        for word, frequency in wordfreq.get_frequency_dict(language).items():
            if frequency < 10 ** (EVERYDAY_MIN_ZIPF - 9):
                continue
            folded = fold_token(word)
            if len(folded) >= 3 and folded not in listed and word.lower() != word.upper():  # a cased script's word
                everyday.add(folded)
    _write(EVERYDAY_OUT, everyday)


def _write(path: Path, words: set[str]) -> None:
    body = "\n".join(sorted(words)) + "\n"
    path.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{path.relative_to(ROOT)}: {len(words)} words, {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
