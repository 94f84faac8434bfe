"""Write gateway/signals/data/common_words.txt.gz: everyday words of the uncased scripts that separate words with
spaces and that prompts quote most often inside Latin-script text (Hebrew, Arabic, Persian).

names._foreign_script_name reads two or three words of such a script standing in another script's prose as a name
unless quoted or asked about: names of those scripts are what no romanised list holds. Round 32's blind splits
showed the other side of that reading: a tenant's "רטיבות בתקרה" (damp in the ceiling), an instruction "طلع الحقول
بصيغة" (pull out the fields as ...), an incident's "אצבע נלכדה במכבש" (a finger caught in the press) are phrases, not
names. A run none of whose words the name table lists and whose words are everyday words of its language (this file;
two of three in a three-word run) is read as a phrase.

One folded word per line (names.fold_token), UTF-8, gzip: every word with Zipf >= MIN_ZIPF in wordfreq 3.1.1's lists
for LANGUAGES, less the tokens the name table already holds (a listed name is judged by the table, never by this
file). wordfreq is build-time only (the `test` extra, like scripts/name_model.py); its data is CC-BY-SA 4.0
(attribution: wordfreq, Robyn Speer et al.); this derived list carries that licence.

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
    body = "\n".join(sorted(words)) + "\n"
    OUT.write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{OUT.relative_to(ROOT)}: {len(words)} words, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
