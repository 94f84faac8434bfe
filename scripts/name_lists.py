"""Write gateway/signals/data/world_first_names.txt and world_surnames.txt: given names and
surnames of Faker's 80-odd person locales (MIT; Japanese in its romanized forms, Cyrillic, Greek
and Korean names romanized here), folded to lower-case ASCII, minus what the US
census lists of the `names` package already hold. The PII name recognizers read these next to the
census lists, so a "Firstname Surname" from Senegal, Poland or Vietnam is as known as one from
Ohio. Faker is a test dependency: the lists ship as data, the gateway never imports Faker.

    python scripts/name_lists.py        # after bumping faker in pyproject.toml
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from importlib.metadata import version
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gateway.signals.recognizers import census_names, fold_ascii  # noqa: E402

_FIRST = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
          "first_romanized_names")  # ja_JP's Hepburn forms: its kana/kanji names do not fold to ASCII
_LAST = ("last_names", "last_romanized_names", "last_names_male", "last_names_female", "last_names_common",
         "last_names_male_only", "last_names_female_only")
# Romanization of the cased and Korean scripts Faker's lists are written in, so "Дмитрий Смирнов",
# "Κατερίνα" and "민준" are also known as Dmitriy / Dmitry Smirnov, Katerina, Minjun: Russian after
# BGN/PCGN (with Ukrainian, Bulgarian and Macedonian letters), Greek after ELOT 743, Korean after the
# Revised Romanization (2000); where common spellings differ (-iy / -y), both are kept.
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґјљњќѓџѕ",
                     ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi",
                      "ye", "g", "j", "lj", "nj", "kj", "gj", "dzh", "dz"]))
_CYRILLIC_BY_LOCALE = {"uk_UA": {"г": "h", "и": "y", "х": "kh"}, "bg_BG": {"щ": "sht", "ъ": "a"}}
_GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "αυ": "av", "ευ": "ev", "μπ": "b", "ντ": "nt",
                "γγ": "ng", "γκ": "gk", "θ": "th", "χ": "ch", "ψ": "ps", "ξ": "x"}
_GREEK = dict(zip("αβγδεζηικλμνοπρσςτυφω", "avgdeziiklmnoprsstyfo"))
_HANGUL_INITIAL = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
_HANGUL_VOWEL = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
                 "yu", "eu", "ui", "i"]
_HANGUL_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t",
                 "t", "ng", "t", "t", "k", "t", "p", "t"]


def _romanized(word: str, locale: str) -> set[str]:
    """Latin spellings of a Cyrillic, Greek or Hangul name (empty for other scripts)."""
    import unicodedata

    lowered = unicodedata.normalize("NFC", word.lower())  # NFKD would split Hangul syllables and "й"
    if any("\uac00" <= c <= "\ud7a3" for c in lowered):  # Hangul syllables
        out = []
        for c in lowered:
            if not "\uac00" <= c <= "\ud7a3":
                return set()
            code = ord(c) - 0xAC00
            out.append(_HANGUL_INITIAL[code // 588] + _HANGUL_VOWEL[code % 588 // 28] + _HANGUL_FINAL[code % 28])
        return {"".join(out), "-".join(out)}  # "Minjun" and "Min-jun"
    if any("\u0370" <= c <= "\u03ff" for c in lowered):
        lowered = "".join(c for c in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(c))
        for pair, latin in _GREEK_PAIRS.items():
            lowered = lowered.replace(pair, latin)
        return {"".join(_GREEK.get(c, c) for c in lowered)}
    if any("\u0400" <= c <= "\u04ff" for c in lowered):
        table = {**_CYRILLIC, **_CYRILLIC_BY_LOCALE.get(locale, {})}
        forms = {lowered.replace("ий", "y").replace("ый", "y"), lowered}  # Dmitry / Dmitriy
        return {"".join(table.get(c, c) for c in form) for form in forms}
    return set()


def _values(attribute: object) -> list[str]:
    if isinstance(attribute, dict):
        return [str(k) for k in attribute]
    if isinstance(attribute, (list, tuple)):
        return [str(v) for v in attribute]
    return []


def _clean(words: set[str], known: frozenset[str]) -> list[str]:
    """One-word names of 3+ ASCII letters (after folding; a hyphen may join two, "min-jun"), not an English stop word, not known yet."""
    kept = set()
    for word in words:
        folded = fold_ascii(word.strip())
        if (len(folded) >= 3 and folded.replace("-", "").isalpha() and not folded.startswith("-")
                and folded not in STOP_WORDS and folded not in known):
            kept.add(folded)
    return sorted(kept)


def main() -> None:
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in _FIRST:
            names = _values(provider.__dict__.get(attribute))
            first.update(names)
            first.update(latin for name in names for latin in _romanized(name, module.name))
        for attribute in _LAST:
            names = _values(provider.__dict__.get(attribute))
            last.update(names)
            last.update(latin for name in names for latin in _romanized(name, module.name))
    census_first, census_last = census_names()
    data = ROOT / "gateway" / "signals" / "data"
    header = (f"# faker {version('faker')} (MIT) person providers, all locales, folded to ASCII (Cyrillic, Greek, Hangul "
              "romanized: scripts/name_lists.py); not in the US census lists\n")
    for name, words, known in (("world_first_names.txt", first, census_first), ("world_surnames.txt", last, census_last)):
        kept = _clean(words, known)
        (data / name).write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
        print(f"{name}: {len(kept)} names")


if __name__ == "__main__":
    main()
