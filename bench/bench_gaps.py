"""The longest gaps between consecutive dated articles of the dev sets' gold stories.

Usage:
    python bench/bench_gaps.py [--top 5]

For each dev set in ../shared/data beside the repository (a clustering set's gold stories, by each line's
"cluster"; a summarization set's clusters, by each line's "documents"), it prints the longest gap in days
between two consecutive dated articles of each story, longest first, with the story's span. A real follow-up
came that long after its story's previous article; ``StoryGrouper(revive_days=...)`` bounds how long a
retired story may sleep and still take a late follow-up back, and must clear these.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
SETS = (
    "clustering_tdt_duc2003",
    "clustering_allsides",
    "duc2003",
    "allsides",
    "multiling2011_en",
    "multinews",
)


def _date(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def story_dates(path: Path) -> dict[str, list[dt.date]]:
    """Each gold story's article dates (undated articles left out)."""
    dates: dict[str, list[dt.date]] = defaultdict(list)
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            documents = record.get("documents", [record])
            story = record.get("cluster", record.get("id"))
            dates[story].extend(date for document in documents if (date := _date(document.get("date"))))
    return dates


def longest_gaps(dates: dict[str, list[dt.date]]) -> list[tuple[int, int, str]]:
    """(longest gap, span in days, story) of each story of two dated articles or more, longest gap first."""
    gaps = []
    for story, story_days in dates.items():
        days = sorted(story_days)
        if len(days) > 1:
            gap = max((later - earlier).days for earlier, later in zip(days, days[1:], strict=False))
            gaps.append((gap, (days[-1] - days[0]).days, story))
    return sorted(gaps, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--top", type=int, default=5, help="stories shown per set")
    args = parser.parse_args()
    for name in SETS:
        path = DATA / name / "dev.jsonl"
        if not path.exists():
            continue
        gaps = longest_gaps(story_dates(path))
        shown = ", ".join(f"{story} {gap}d (span {span}d)" for gap, span, story in gaps[: args.top])
        print(f"{name:24} {len(gaps):>4} dated stories; longest gaps: {shown or '-'}")


if __name__ == "__main__":
    main()
