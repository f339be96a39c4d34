"""Dump the JSON report of every dev cluster, and count or compare what two dumps hold.

    python bench/dump_reports.py dump OUT.jsonl [--jobs 2]   # the 328 dev reports (about 10 minutes on 2 cores)
    python bench/dump_reports.py totals OUT.jsonl           # claims, quotes, speakers, conflicts, timeline
    python bench/dump_reports.py diff OLD.jsonl NEW.jsonl    # which reports changed, and in which section

A change to a reader is judged by reading every dev item it changes: dump the
reports before and after, list the changed ones with ``diff``, read them.
BENCHMARKS.md's dev totals come from ``totals``. Each cluster's articles are cleaned
first, as ``storyweave report`` and ``storyweave eval`` clean them, so a dump shows
what a reader gets (before session 42 it reported the raw articles).
"""

from __future__ import annotations

import argparse
import json
import logging
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from storyweave import api
from storyweave.clean import clean_all
from storyweave.ingest import read_clusters
from storyweave.render.json_report import to_json

DEV_SETS = ("duc2003", "allsides", "multiling2011_en", "multinews")
# Every part of a report a change may touch; its title too (session 42: a report retitled showed no change).
SECTIONS = (
    "title",
    "title_note",
    "articles",
    "summary",
    "claims",
    "quotes",
    "conflicts",
    "timeline",
    "notes",
)
DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def _report_lines(dev_set: str) -> list[str]:
    lines = []
    for cluster in read_clusters(DATA / dev_set / "dev.jsonl"):
        report = to_json(api.report(clean_all(cluster.articles).articles))
        lines.append(json.dumps({"set": dev_set, "id": cluster.id, "report": report}, ensure_ascii=False))
    return lines


def dump(out: Path, jobs: int) -> None:
    with ProcessPoolExecutor(jobs) as pool, out.open("w", encoding="utf-8") as file:
        for lines in pool.map(_report_lines, DEV_SETS):
            file.writelines(line + "\n" for line in lines)


def _reports(path: Path) -> dict[tuple[str, str], dict]:
    with path.open(encoding="utf-8") as file:
        return {(row["set"], row["id"]): row["report"] for row in map(json.loads, file)}


def totals(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for report in _reports(path).values():
        counts["reports"] += 1
        counts["claims"] += len(report["claims"])
        counts["multi-outlet claims"] += sum(claim["outlet_count"] > 1 for claim in report["claims"])
        counts["quotes"] += len(report["quotes"])
        counts["speakers"] += sum(quote["speaker"] is not None for quote in report["quotes"])
        counts["conflicts"] += sum(not conflict["update"] for conflict in report["conflicts"])
        counts["updates"] += sum(conflict["update"] for conflict in report["conflicts"])
        counts["timeline"] += len(report["timeline"])
    return counts


def diff(old_path: Path, new_path: Path) -> list[str]:
    old, new = _reports(old_path), _reports(new_path)
    changed = []
    for key in sorted(old.keys() | new.keys()):
        if key not in old or key not in new:
            changed.append(f"{key[0]} {key[1]}: only in {'new' if key in new else 'old'}")
            continue
        sections = [s for s in SECTIONS if old[key].get(s) != new[key].get(s)]
        if sections:
            changed.append(f"{key[0]} {key[1]}: {', '.join(sections)}")
    return changed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--jobs", type=int, default=2)
    commands.add_parser("totals").add_argument("dump", type=Path)
    diffing = commands.add_parser("diff")
    diffing.add_argument("old", type=Path)
    diffing.add_argument("new", type=Path)
    args = parser.parse_args()
    # Each report's notes (copies counted once, outliers) are in its JSON; on stderr they would bury real errors.
    logging.basicConfig(level=logging.ERROR)
    if args.command == "dump":
        dump(args.out, args.jobs)
    elif args.command == "totals":
        for name, count in totals(args.dump).items():
            print(f"{name}: {count:,}")
    else:
        changed = diff(args.old, args.new)
        print("\n".join(changed) or "no report changed")
        print(f"{len(changed)} reports changed")


if __name__ == "__main__":
    main()
