"""Write gateway/signals/data/world_first_names.txt and world_surnames.txt: given names and
surnames of Faker's 80-odd person locales (MIT; Japanese in its romanized forms), folded to lower-case ASCII, minus what the US
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
_LAST = ("last_names", "last_romanized_names")


def _values(attribute: object) -> list[str]:
    if isinstance(attribute, dict):
        return [str(k) for k in attribute]
    if isinstance(attribute, (list, tuple)):
        return [str(v) for v in attribute]
    return []


def _clean(words: set[str], known: frozenset[str]) -> list[str]:
    """One-word names of 3+ ASCII letters (after folding), not an English stop word, not known yet."""
    kept = set()
    for word in words:
        folded = fold_ascii(word.strip())
        if len(folded) >= 3 and folded.isalpha() and folded not in STOP_WORDS and folded not in known:
            kept.add(folded)
    return sorted(kept)


def main() -> None:
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in _FIRST:
            first.update(_values(provider.__dict__.get(attribute)))
        for attribute in _LAST:
            last.update(_values(provider.__dict__.get(attribute)))
    census_first, census_last = census_names()
    data = ROOT / "gateway" / "signals" / "data"
    header = f"# faker {version('faker')} (MIT) person providers, all locales, folded to ASCII; not in the US census lists\n"
    for name, words, known in (("world_first_names.txt", first, census_first), ("world_surnames.txt", last, census_last)):
        kept = _clean(words, known)
        (data / name).write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
        print(f"{name}: {len(kept)} names")


if __name__ == "__main__":
    main()
