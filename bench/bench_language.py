"""How well and how fast storyweave.language reads an article's language.

Usage:
    /work/venv/bin/python bench/bench_language.py [--data DIR] [--texts FILE.tsv]

On the articles of the four summarization dev sets (all English) it prints how many are read as another
language, the smallest share of English function words in an opening (the fast path's margin over
``_PLAINLY_ENGLISH_SHARE``), and the CPU time of the identifier: loading its model, and per article on the
opening it reads. ``--texts`` adds "language<TAB>text" lines (held-out text in other languages) and prints
each one read wrong.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from storyweave.ingest import read_clusters
from storyweave.language import _ENGLISH_WORDS, _OPENING_CHARS, _WORD, _identifier, text_language

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SETS = ("duc2003", "multinews", "allsides", "multiling2011_en")


def _english_share(text: str) -> float:
    words = _WORD.findall(text[:_OPENING_CHARS].lower())
    return sum(word in _ENGLISH_WORDS for word in words) / max(1, len(words))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the folder of the dev sets")
    parser.add_argument("--texts", type=Path, help="held-out 'language<TAB>text' lines")
    args = parser.parse_args()

    texts = [
        article.text
        for name in SETS
        for cluster in read_clusters(args.data / name / "dev.jsonl")
        for article in cluster.articles
    ]
    start = time.process_time()
    identifier = _identifier()
    print(f"identifier model load: {time.process_time() - start:.2f} s CPU")

    other = [text for text in texts if text_language(text) != "en"]
    print(f"dev articles: {len(texts)}, read as another language: {len(other)}")
    shares = [_english_share(text) for text in texts]
    print(
        f"English function-word share of an opening: min {min(shares):.3f}, median {statistics.median(shares):.3f}"
    )
    start = time.process_time()
    by_identifier = [identifier.classify(text[:_OPENING_CHARS])[0] for text in texts]
    per_article = (time.process_time() - start) / len(texts)
    print(
        f"identifier alone: {sum(code != 'en' for code in by_identifier)} read as another language, "
        f"{1000 * per_article:.3f} ms CPU an article"
    )
    if args.texts:
        rows = [line.split("\t", 1) for line in args.texts.read_text(encoding="utf-8").splitlines() if line]
        wrong = [(language, text) for language, text in rows if text_language(text) != language]
        print(f"--texts: {len(rows) - len(wrong)} of {len(rows)} read right")
        for language, text in wrong:
            print(f"  expected {language}, read {text_language(text)}: {text}")


if __name__ == "__main__":
    main()
