"""List every conflict storyweave reports on a benchmark file, with evidence, for a human precision review.

    python bench/dump_conflicts.py ../shared/data/duc2003/dev.jsonl > conflicts.md

Each conflict is printed with its values, outlets and evidence sentences; the
reviewer marks each TRUE or FALSE (BENCHMARKS.md gives the counts).
"""

from __future__ import annotations

import argparse
import sys

from storyweave.clean import clean_all
from storyweave.crosscheck import find_conflicts
from storyweave.ingest import read_clusters
from storyweave.segment import segment


def main(path: str) -> None:
    number = 0
    for cluster in read_clusters(path):
        conflicts = find_conflicts([segment(a) for a in clean_all(cluster.articles).articles])
        for conflict in conflicts:
            number += 1
            kind = f"{conflict.kind}{' update' if conflict.update else ''}"
            print(f"\n## C{number} {cluster.id} [{kind}] {conflict.about}")
            for position in conflict.positions:
                print(f"- {position.value}: {', '.join(position.articles)}")
                for evidence in position.evidence:
                    print(f"  - {evidence.sentence_id}: {evidence.text}")
    print(f"\n{number} conflicts reported", file=sys.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="List every conflict storyweave reports on a cluster file.")
    parser.add_argument("path", help="cluster JSONL file, e.g. ../shared/data/duc2003/dev.jsonl")
    main(parser.parse_args().path)
