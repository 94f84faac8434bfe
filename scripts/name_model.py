"""Write gateway/signals/data/name_lexicon.tsv: the token table the structure-independent name
recognizer (gateway/signals/names.py) reads.

One line per folded token (lower case, accents dropped, other scripts kept: see
`gateway.signals.names.fold_token`): `token<TAB>PFLEO`, five hex digits:
  P     1 if the token is a word of a country or subdivision name (pycountry), else 0
  F, L  how common the token is as a given name / family name in the country where it ranks best
        in names-dataset 3.3.1 (MIT; first and last names with per-country ranks, 106 countries):
        0 not ranked within RANK_MAX, 1 rank <= 200, 2 <= 700, 3 <= RANK_MAX
  E     twice the token's English word frequency on wordfreq 3.1.1's Zipf scale (0-15)
  O     twice its highest Zipf frequency in wordfreq's other 41 languages (0-15)
Tokens: every single-word name ranked within RANK_MAX in some country, every English word with
Zipf >= 2.5, and every word of a country or subdivision name (pycountry 26.2.16, LGPL, the ISO
3166 names names-dataset itself depends on: "Tenerife" of "Santa Cruz de Tenerife"): a token
missing from the table is neither a ranked name, an English word nor a place of that list.
The three packages are build-time only (the `test` extra, like Faker for scripts/name_lists.py):
the gateway reads this file and never imports them. names-dataset was compiled from a 2021
leak of public Facebook profile names; only aggregate per-country ranks of single tokens are
kept here, no person's full name. wordfreq's data is CC-BY-SA 4.0 (attribution: wordfreq,
Robyn Speer et al.); the derived frequencies in this file carry that licence.

    python scripts/name_model.py      # ~2 minutes, ~4 GB of memory (the names-dataset pickles)
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gateway.signals.names import fold_token  # noqa: E402

RANK_MAX = 2000
BUCKETS = (200, 700, RANK_MAX)
ENGLISH_MIN_ZIPF = 2.5
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")


def _bucket(rank: int | None) -> int:
    if rank is None:
        return 0
    return next((i + 1 for i, top in enumerate(BUCKETS) if rank <= top), 0)


def main() -> None:
    import wordfreq
    from names_dataset import NameDataset

    dataset = NameDataset()
    ranks: dict[str, list[int]] = {}  # token -> [best first rank, best last rank]
    for slot, table in ((0, dataset.first_names), (1, dataset.last_names)):
        for name, info in table.items():
            best = min((info.get("rank") or {}).values(), default=None)
            if best is None or best > RANK_MAX or not _WORD.fullmatch(name):
                continue
            token = fold_token(name)
            if token:
                entry = ranks.setdefault(token, [RANK_MAX + 1, RANK_MAX + 1])
                entry[slot] = min(entry[slot], best)
    del dataset
    import pycountry

    places = {fold_token(word) for place in [*pycountry.countries, *pycountry.subdivisions]
              for attribute in ("name", "common_name", "official_name")
              for word in _WORD.findall(getattr(place, attribute, "") or "")}
    for word in places:
        ranks.setdefault(word, [RANK_MAX + 1, RANK_MAX + 1])
    zipf = {lang: wordfreq.get_frequency_dict(lang) for lang in wordfreq.available_languages()}
    english = zipf.pop("en")
    for word, freq in english.items():
        if freq >= 10 ** (ENGLISH_MIN_ZIPF - 9) and _WORD.fullmatch(word):
            ranks.setdefault(fold_token(word), [RANK_MAX + 1, RANK_MAX + 1])

    def half_zipf(freq: float) -> int:
        if freq <= 0:
            return 0
        from math import log10
        return max(0, min(15, int(2 * (log10(freq) + 9))))

    lines = []
    for token in sorted(ranks):
        if not token:
            continue
        first, last = ranks[token]
        e = half_zipf(english.get(token, 0.0))
        o = half_zipf(max((table.get(token, 0.0) for table in zipf.values()), default=0.0))
        lines.append(f"{token}\t{int(token in places)}{_bucket(first if first <= RANK_MAX else None):x}"
                     f"{_bucket(last if last <= RANK_MAX else None):x}{e:x}{o:x}")
    header = (f"# names-dataset {version('names-dataset')} (MIT) ranks + wordfreq {version('wordfreq')} "
              f"(data CC-BY-SA 4.0) frequencies + pycountry {version('pycountry')} place words: "
              "scripts/name_model.py; token<TAB>place,first-rank,last-rank,2*zipf(en),2*zipf(other)\n")
    out = ROOT / "gateway" / "signals" / "data" / "name_lexicon.tsv"
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out.name}: {len(lines)} tokens, {out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
