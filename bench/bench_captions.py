"""What recognising photo captions costs: ``clean.is_caption``, cleaning, and untitled stories' names.

Usage:
    PYTHONPATH=. taskset -c 0 python bench/bench_captions.py

Over the four summarization dev sets (../shared/data beside the repository) it prints, best of
``--repeat`` runs on CPU time: ``is_caption`` per call over every segmented sentence and paragraph of
the 1,225 dev articles, with how many it calls captions and a digest of its answers (two versions of
the code answer alike when the digests match); ``clean_all`` over the articles; and ``headline()``
per call over the articles with their titles removed (the name the stream gives an untitled story).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import time
from collections.abc import Callable
from pathlib import Path

from storyweave.clean import clean_all, is_caption
from storyweave.group.stories import headline
from storyweave.ingest import read_clusters
from storyweave.segment import segment

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
SETS = ("duc2003", "allsides", "multiling2011_en", "multinews")


def _best_cpu_seconds(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    articles = [
        article
        for name in SETS
        for cluster in read_clusters(DATA / name / "dev.jsonl")
        for article in cluster.articles
    ]
    texts = [sentence.text for article in articles for sentence in segment(article).sentences]
    texts += [
        paragraph for article in articles for paragraph in article.text.split("\n") if paragraph.strip()
    ]
    answers = bytes(is_caption(text) for text in texts)
    seconds = _best_cpu_seconds(lambda: [is_caption(text) for text in texts], args.repeat)
    print(
        f"is_caption: {len(texts):,} texts, {sum(answers)} captions, answers {hashlib.md5(answers).hexdigest()[:12]},"
        f" {seconds / len(texts) * 1e6:.1f} µs a call"
    )
    seconds = _best_cpu_seconds(lambda: clean_all(articles), args.repeat)
    print(f"clean_all: {len(articles):,} articles, {seconds:.3f} s")
    untitled = [dataclasses.replace(article, title=None) for article in articles]
    seconds = _best_cpu_seconds(lambda: [headline(article) for article in untitled], args.repeat)
    print(f"headline: {len(untitled):,} untitled articles, {seconds / len(untitled) * 1e6:.1f} µs a call")


if __name__ == "__main__":
    main()
