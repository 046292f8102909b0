"""How long resolution takes on GVA dev's reports and on 10x synthetic copies, on this machine's cores.

    python bench/resolve_scale.py [--reports FILE.jsonl] [--copies 10] [--store]

Reports: by default one gold-valued report per GVA dev article (strife.evaluate.gva.gold_like_reports), or the
`reports` lists of a JSONL file written from the extractor's output (one object per article: {"reports": [...]}).
Copies: every report copied with fresh ids, the date moved by up to a day, the place by up to 2 km and the counts
by up to one, either spread over later years, each copy after the last (`spread`: the corpus grows over time, each
block as dense as before) or crowded into the same weeks (`crowded`: every block 10x denser, the worst case for
blocking). Times are printed with their ratio to the 1x run in the same process. `--store` also times
incremental updates into a fresh SQLite store, 500 reports a batch.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import tempfile
import time
from pathlib import Path

from strife.config import shared_dir
from strife.evaluate.gva import gold_like_reports, load_docs, load_gold
from strife.model import Article, Report
from strife.resolve.blocking import NAMED_WINDOW_DAYS
from strife.resolve.engine import resolve


def base_reports(path: Path | None) -> list[Report]:
    """The 1x input: extracted reports from a file, else gold-like reports for GVA dev."""
    if path is not None:
        return [Report.model_validate(r) for line in path.open() for r in json.loads(line)["reports"]]
    articles = shared_dir() / "data" / "gva" / "articles_dev.jsonl"
    return list(gold_like_reports(load_docs(articles), load_gold(articles)))


def _shift(value: str | None, days: int) -> str | None:
    if not value or len(value) != 10:
        return value
    return (dt.date.fromisoformat(value) + dt.timedelta(days=days)).isoformat()


def copies(reports: list[Report], n: int, mode: str, seed: int = 0) -> list[Report]:
    """`reports` plus n-1 perturbed copies of each (see the module docstring)."""
    rng = random.Random(seed)
    out = list(reports)
    # `spread` moves each copy past the whole corpus (plus the blocking window), so copies never share a block and
    # every block keeps its density; a shift of 400 days, as before, laid copies over the corpus's own years.
    days_seen = [r.published for r in reports if r.published]
    span = (max(days_seen) - min(days_seen)).days + 2 * NAMED_WINDOW_DAYS if days_seen else 400
    for k in range(1, n):
        for r in reports:
            days = (k * span if mode == "spread" else 0) + rng.choice((-1, 0, 0, 1))
            loc = r.location
            if loc is not None and loc.lat is not None and loc.lon is not None:
                loc = loc.model_copy(
                    update={"lat": loc.lat + rng.uniform(-0.02, 0.02), "lon": loc.lon + rng.uniform(-0.02, 0.02)}
                )
            killed = r.killed
            if killed is not None and killed.low is not None:
                killed = killed.model_copy(update={"low": max(0, killed.low + rng.choice((-1, 0, 0, 1)))})
            out.append(
                r.model_copy(
                    update={
                        "id": f"{r.id}~{k}",
                        "article_id": f"{r.article_id}~{k}",
                        "published": r.published + dt.timedelta(days=days) if r.published else None,
                        "date": r.date.model_copy(update={"value": _shift(r.date.value, days)}),
                        "location": loc,
                        "killed": killed,
                    }
                )
            )
    return out


def timed_resolve(reports: list[Report]) -> tuple[float, int]:
    """Seconds to resolve `reports` from scratch, and the number of incidents."""
    t = time.perf_counter()
    incidents = resolve(reports, [], []).incidents
    return time.perf_counter() - t, len(incidents)


def timed_store(reports: list[Report], batch: int = 500) -> float:
    """Seconds to resolve `reports` incrementally into a fresh SQLite store, `batch` reports at a time."""
    from strife.resolve.incremental import update
    from strife.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        store.init()
        by_article: dict[str, list[Report]] = {}
        for r in reports:
            by_article.setdefault(r.article_id, []).append(r)
        with store.transaction():
            for aid, reps in by_article.items():
                store.add_article(Article(id=aid, uri=f"bench:{aid}", text=aid))
                store.save_reports(aid, reps)
        t = time.perf_counter()
        for i in range(0, len(reports), batch):
            update(store, reports[i : i + batch])
        elapsed = time.perf_counter() - t
        store.close()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reports", type=Path, default=None)
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--store", action="store_true")
    args = ap.parse_args()
    base = base_reports(args.reports)
    t1, n1 = timed_resolve(base)
    print(f"1x: {len(base)} reports -> {n1} incidents in {t1:.2f} s")
    for mode in ("spread", "crowded"):
        many = copies(base, args.copies, mode)
        tn, nn = timed_resolve(many)
        print(
            f"{args.copies}x {mode}: {len(many)} reports -> {nn} incidents in {tn:.2f} s ({tn / t1:.1f}x the 1x time)"
        )
    if args.store:
        s1 = timed_store(base)
        print(f"store, 1x incremental: {s1:.2f} s")
        sn = timed_store(copies(base, args.copies, "spread"))
        print(f"store, {args.copies}x spread incremental: {sn:.2f} s ({sn / s1:.1f}x)")


if __name__ == "__main__":
    main()
