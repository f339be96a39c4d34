"""``storyweave eval``: run every system on every cluster of a benchmark file and score it.

Steps, for a cluster file (format: /work/shared/data/README.md):

1. Read the clusters, skipping a bad line or a cluster without references
   with a one-line warning; the dataset name (the file's folder, e.g. ``duc2003``)
   picks the protocol's budget and headline metric (:data:`PROTOCOL_DATASETS`).
2. Clean and segment each cluster's articles once; every system gets the same
   :class:`~storyweave.model.Segmented` documents.
3. Warm every system on the first cluster (loads the encoder and the
   libraries), then time each system on each cluster. A cluster's time is
   cleaning + segmenting + the system's own call, in wall milliseconds.
4. Score each summary with :func:`~storyweave.eval.rouge.score_cluster` and
   average over the clusters.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import platform
import statistics
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from storyweave.clean import clean_all
from storyweave.errors import BadInputError, StoryweaveError
from storyweave.eval.peers import ORACLE, PEERS, SYSTEM_NAMES, GreedyRouge2Oracle, Summarizer
from storyweave.eval.rouge import (
    PROTOCOL_DATASETS,
    Metric,
    mean_reference_budget,
    mean_scores,
    score_cluster,
)
from storyweave.ingest import read_clusters
from storyweave.model import Article, Cluster, Problem, Segmented
from storyweave.segment import segment

logger = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]
_LABELS = {"rouge1": "R-1", "rouge2": "R-2", "rougeLsum": "R-Lsum"}


class SystemChoiceError(StoryweaveError):
    """A system name that is none of :data:`~storyweave.eval.peers.SYSTEM_NAMES`: wrong usage (a typo)."""


@dataclass(frozen=True)
class SystemResult:
    """One system's scores on one file.

    Attributes:
        name: The system's name (``--systems`` spelling).
        scores: Mean over clusters of every :func:`score_cluster` key (×100).
        median_ms: Median wall time per cluster, model loading excluded.
        mean_ms: Mean wall time per cluster (the protocol asks for the mean).
        clusters: Clusters scored.
        ceiling: True for the oracle, which sees the references.
        per_cluster: Cluster id -> that cluster's scores.
    """

    name: str
    scores: Mapping[str, float]
    median_ms: float
    mean_ms: float
    clusters: int
    ceiling: bool = False
    per_cluster: Mapping[str, Mapping[str, float]] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class Evaluation:
    """Every system's scores on one benchmark file, with the settings that produced them.

    ``problems`` are the lines skipped (each already logged as a warning);
    ``clusters`` counts only the clusters scored.
    """

    dataset: str
    path: str
    budget: int
    metric: Metric
    clusters: int
    machine: str
    systems: tuple[SystemResult, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def headline(self) -> str:
        """The score-key suffix of the headline metric (``"r"`` or ``"f"``)."""
        return "r" if self.metric == "recall" else "f"


def evaluate(
    path: PathLike,
    *,
    words: int | None = None,
    systems: Sequence[str] | None = None,
    out_dir: PathLike | None = None,
    progress: bool = True,
) -> Evaluation:
    """Run and score summarizers on a cluster file under the scoring protocol.

    Args:
        path: A cluster JSONL file with reference summaries.
        words: Word budget. None takes the protocol's budget for the known dev
            sets (duc2003, multinews, allsides, multiling2011_en: by folder
            name), else the mean reference length rounded to the nearest 10.
        systems: Names from :data:`~storyweave.eval.peers.SYSTEM_NAMES`; None
            runs them all (storyweave only when :mod:`storyweave.api` imports).
        out_dir: When set, writes ``summaries.jsonl`` (one line per cluster and
            system: ``{"id", "system", "summary"}``, the summary's sentences
            joined with ``"\\n"``, before the protocol's cut) and ``scores.json``
            (the returned evaluation, per-cluster scores included).
        progress: Show a progress bar on stderr (only when it is a terminal).

    Returns:
        Each system's mean scores and timings, in the order asked for, and the
        lines skipped: a line that is not a cluster of readable documents, or a
        cluster without reference summaries.

    Raises:
        BadInputError: The file cannot be read, or no cluster can be scored.
        SystemChoiceError: An unknown system name (checked before the file is read).
    """
    names = _system_names(systems)
    # 1. Read; budget and headline metric from the protocol.
    problems: list[Problem] = []
    clusters = []
    for cluster in read_clusters(path, problems):
        if cluster.references:
            clusters.append(cluster)
        else:
            # The reader names each article's line; a cluster is one line.
            origin = cluster.articles[0].origin if cluster.articles else None
            problems.append(Problem(origin or str(path), f"cluster {cluster.id} has no reference summaries"))
            logger.warning("skipped %s", problems[-1])
    if not clusters:
        raise BadInputError(str(path), "no reference summaries to score against in any cluster")
    dataset = _dataset_name(Path(path))
    rule = PROTOCOL_DATASETS.get(dataset)
    if words is not None:
        budget = words
    else:
        budget = rule.budget if rule else mean_reference_budget([r for c in clusters for r in c.references])
    if rule and budget != rule.budget:
        logger.warning(
            "%s: budget %d is not the protocol's %d; scores are not comparable", dataset, budget, rule.budget
        )
    metric: Metric = rule.metric if rule else "f1"

    # 2. Same input for every system.
    prepared: list[tuple[Cluster, tuple[Segmented, ...], float]] = []
    for cluster in clusters:
        start = time.perf_counter()
        docs = prepare(cluster.articles)
        prepared.append((cluster, docs, (time.perf_counter() - start) * 1000))

    # 3. Warm up (untimed), then time.
    def system_for(name: str, cluster: Cluster) -> Summarizer:
        return GreedyRouge2Oracle(cluster.references, metric) if name == ORACLE else PEERS[name]()

    for name in names:
        system_for(name, prepared[0][0]).summarize(prepared[0][1], budget)
    summaries: dict[str, dict[str, list[str]]] = {name: {} for name in names}
    times: dict[str, list[float]] = {name: [] for name in names}
    scores: dict[str, dict[str, dict[str, float]]] = {name: {} for name in names}
    show = progress and sys.stderr.isatty()
    with tqdm(total=len(clusters) * len(names), disable=not show, file=sys.stderr, desc=dataset) as bar:
        for cluster, docs, prepare_ms in prepared:
            for name in names:
                system = system_for(name, cluster)
                start = time.perf_counter()
                sentences = system.summarize(docs, budget)
                times[name].append(prepare_ms + (time.perf_counter() - start) * 1000)
                summaries[name][cluster.id] = sentences
                # 4. Score.
                scores[name][cluster.id] = score_cluster(sentences, cluster.references, budget)
                bar.update()

    evaluation = Evaluation(
        dataset=dataset,
        path=str(path),
        budget=budget,
        metric=metric,
        clusters=len(clusters),
        machine=machine_name(),
        systems=tuple(
            SystemResult(
                name=name,
                scores=mean_scores(list(scores[name].values())),
                median_ms=statistics.median(times[name]),
                mean_ms=statistics.fmean(times[name]),
                clusters=len(clusters),
                ceiling=name == ORACLE,
                per_cluster=scores[name],
            )
            for name in names
        ),
        problems=tuple(problems),
    )
    if out_dir is not None:
        write_outputs(evaluation, summaries, Path(out_dir))
    return evaluation


def prepare(articles: Sequence[Article]) -> tuple[Segmented, ...]:
    """The input every system gets: the articles cleaned, then split into sentences."""
    return tuple(segment(article) for article in clean_all(articles).articles)


def _dataset_name(path: Path) -> str:
    """``duc2003`` for ``.../duc2003/dev.jsonl``; the file stem when the folder is no known set."""
    return path.parent.name if path.parent.name in PROTOCOL_DATASETS else path.stem


def _system_names(systems: Sequence[str] | None) -> list[str]:
    if systems is None:
        return [name for name in SYSTEM_NAMES if name != "storyweave" or _storyweave_available()]
    unknown = [name for name in systems if name not in SYSTEM_NAMES]
    if unknown:
        raise SystemChoiceError(f"unknown system {unknown[0]!r}; choose from {', '.join(SYSTEM_NAMES)}")
    return list(dict.fromkeys(systems))


def _storyweave_available() -> bool:
    try:
        import storyweave.api  # noqa: F401
    except ImportError as exc:
        logger.warning("skipping system 'storyweave': %s", exc)
        return False
    return True


def machine_name() -> str:
    """The machine, as the protocol asks tables to name it: usable cores and CPU model."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():  # Linux names the model only here
        names = [
            line.split(":", 1)[1].strip()
            for line in cpuinfo.read_text().splitlines()
            if line.startswith("model name")
        ]
        model = names[0] if names else model
    return f"{cores} core{'' if cores == 1 else 's'}, {model}"


def write_outputs(
    evaluation: Evaluation, summaries: Mapping[str, Mapping[str, list[str]]], out_dir: Path
) -> None:
    """Write ``summaries.jsonl`` and ``scores.json`` into ``out_dir`` (created if needed).

    Args:
        evaluation: Written whole to ``scores.json``, per-cluster scores included.
        summaries: System name -> cluster id -> the system's sentences; written
            one line per cluster and system, sentences joined with ``"\n"``.
        out_dir: The folder.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "summaries.jsonl", "w", encoding="utf-8") as out:
        for cluster_id in next(iter(summaries.values()), {}):
            for name, by_cluster in summaries.items():
                record = {"id": cluster_id, "system": name, "summary": "\n".join(by_cluster[cluster_id])}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    scores = json.dumps(dataclasses.asdict(evaluation), indent=1, ensure_ascii=False)
    (out_dir / "scores.json").write_text(scores + "\n", encoding="utf-8")


def render_table(evaluation: Evaluation) -> str:
    """One plain-text table: systems × R-1/R-2/R-Lsum, headline metric first, then timings."""
    first, second = ("r", "f") if evaluation.headline == "r" else ("f", "r")
    names = {"r": "recall", "f": "F1"}
    columns = [
        (f"{label} {names[suffix]}", f"{key}_{suffix}")
        for suffix in (first, second)
        for key, label in _LABELS.items()
    ]
    width = max(len("system"), *(len(r.name) + 1 for r in evaluation.systems))
    header = (
        f"{evaluation.dataset}: {evaluation.clusters} clusters, budget {evaluation.budget} words, "
        f"headline {names[evaluation.headline]} (ROUGE ×100, rouge-score 0.1.2, stemmed)\n"
        f"machine: {evaluation.machine}; ms = wall time per cluster from raw articles, models loaded\n"
    )
    lines = [
        "system".ljust(width)
        + "".join(f"  {title:>11}" for title, _ in columns)
        + f"  {'ms median':>9}  {'ms mean':>9}"
    ]
    for result in evaluation.systems:
        lines.append(
            (result.name + ("*" if result.ceiling else "")).ljust(width)
            + "".join(f"  {result.scores[key]:>11.2f}" for _, key in columns)
            + f"  {result.median_ms:>9.1f}  {result.mean_ms:>9.1f}"
        )
    footer = (
        "\n* ceiling, not a system: chooses sentences by looking at the references"
        if any(r.ceiling for r in evaluation.systems)
        else ""
    )
    return header + "\n".join(lines) + footer
