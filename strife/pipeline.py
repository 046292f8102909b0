"""The main job: ingest → near-duplicate check → extract → store reports → resolve, with progress and resumability.

Each article is committed with its reports in one transaction, so a crash mid-run loses no committed work and a
rerun skips what is already stored (re-ingesting an article is a no-op).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from strife.model import Article, Report, Skipped
from strife.store import Store


@dataclass
class RunStats:
    """What one run did: counts for the summary line, and every skipped input with its reason."""

    articles_new: int = 0
    articles_seen: int = 0
    duplicates: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    reports: int = 0
    incidents_changed: int = 0
    incident_ids: list[str] = field(default_factory=list)


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[status]}"),
        disable=not enabled,
        transient=False,
        console=None,
    )


def run_paths(paths: Sequence[str | Path], store: Store, rule: str = "max_at_least", progress: bool = True) -> RunStats:
    """Ingest every article under `paths`, extract, store and resolve. Bad inputs are skipped and reported."""
    from strife.ingest import iter_articles

    return run_articles(iter_articles(paths), store, rule=rule, progress=progress)


def run_articles(
    items: Iterable[Article | Skipped], store: Store, rule: str = "max_at_least", progress: bool = True
) -> RunStats:
    """The same as run_paths, for Article objects (the HTTP API and the benchmarks call this)."""
    from strife.extract import Extractor
    from strife.ingest.dedup import NearDuplicateIndex

    store.init()
    stats = RunStats()
    extractor = Extractor()
    dedup: NearDuplicateIndex | None = None
    new_reports: list[Report] = []
    resumed: list[str] = []
    with _progress(progress and sys.stderr.isatty()) as bar:
        task = bar.add_task("articles", total=None, status="")
        for item in _with_count(items, bar, task):
            if isinstance(item, Skipped):
                stats.skipped.append(item)
                print(str(item), file=sys.stderr)
                continue
            stats.articles_seen += 1
            if store.get_article(item.id) is not None:
                resumed.append(item.id)  # already stored: a rerun is a no-op, unless a crash left it unresolved
                continue
            if dedup is None:
                dedup = NearDuplicateIndex.from_store(store)
            original = dedup.query(item.text)
            if original is not None and original != item.id:
                item = item.model_copy(update={"duplicate_of": original})
                stats.duplicates += 1
            try:
                reports = [] if item.duplicate_of else extractor(item)
            except Exception as exc:  # one article the extractor cannot read must not stop a stream
                skip = Skipped(path=item.uri, reason=f"extraction failed: {type(exc).__name__}: {exc}")
                stats.skipped.append(skip)
                print(str(skip), file=sys.stderr)
                continue
            with store.transaction():
                store.add_article(item)
                store.save_reports(item.id, reports)
            dedup.add(item.id, item.text)
            stats.articles_new += 1
            stats.reports += len(reports)
            new_reports.extend(reports)
            bar.update(task, status=f"{stats.reports} reports")
            if len(new_reports) >= RESOLVE_BATCH:
                _resolve(store, new_reports, rule, stats)
                new_reports = []
        new_reports.extend(_unresolved(store, resumed))
        if new_reports:
            bar.update(task, status="resolving")
            _resolve(store, new_reports, rule, stats)
    return stats


# Reports are resolved in batches so that a long run commits incidents as it goes.
RESOLVE_BATCH = 500


def _resolve(store: Store, reports: list[Report], rule: str, stats: RunStats) -> None:
    from strife.resolve.incremental import update

    result = update(store, reports, rule=rule)
    stats.incidents_changed += len(result.incidents)
    stats.incident_ids.extend(i.id for i in result.incidents)


def _unresolved(store: Store, article_ids: list[str]) -> list[Report]:
    """Reports of already-stored articles that belong to no incident (a run that stopped before resolving)."""
    out: list[Report] = []
    for aid in article_ids:
        reports = store.get_reports(article_id=aid)
        if not reports:
            continue
        placed = {r.id for inc in store.incidents_for_reports([r.id for r in reports]) for r in inc.reports}
        out.extend(r for r in reports if r.id not in placed)
    return out


def _with_count(items: Iterable[Article | Skipped], bar: Progress, task: int) -> Iterator[Article | Skipped]:
    for item in items:
        yield item
        bar.advance(task)
