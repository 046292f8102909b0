"""How often the extractor invents incidents in news that reports none: BBC business, sport, tech and entertainment.

    python bench/false_positives.py [--limit N] [--show K]

Prints, per category, the share of articles that yield at least one report (main or referenced). Politics is
printed apart: it may rightly recall real attacks. Data: ../shared/data/general_news/bbc_train.csv.
"""

from __future__ import annotations

import argparse
import csv
import time
from collections import Counter
from pathlib import Path

from strife.config import shared_dir
from strife.extract import Extractor
from strife.model import Article, article_id


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=shared_dir() / "data" / "general_news" / "bbc_train.csv")
    ap.add_argument("--limit", type=int, default=None, help="articles per category")
    ap.add_argument("--show", type=int, default=5, help="print this many false positives")
    args = ap.parse_args()
    rows = list(csv.DictReader(args.data.open(encoding="utf-8")))
    seen: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    examples = []
    extractor = Extractor()
    extractor.warm_up()
    started = time.perf_counter()
    for row in rows:
        cat = row["category"]
        if args.limit and seen[cat] >= args.limit:
            continue
        seen[cat] += 1
        text = row["text"]
        art = Article(id=article_id(text), uri=f"bbc://{seen.total()}", text=text)
        reports = extractor(art)
        if reports:
            hits[cat] += 1
            if cat != "politics" and len(examples) < args.show:
                examples.append((cat, reports[0].summary))
    elapsed = time.perf_counter() - started
    for cat in sorted(seen):
        print(f"{cat:14s} {hits[cat]:4d}/{seen[cat]:4d} articles with a report ({100 * hits[cat] / seen[cat]:.1f}%)")
    non = [c for c in seen if c != "politics"]
    n_hit, n_all = sum(hits[c] for c in non), sum(seen[c] for c in non)
    print(f"false-positive rate (non-politics): {100 * n_hit / max(n_all, 1):.1f}% of {n_all} articles")
    print(f"{seen.total()} articles in {elapsed:.1f}s ({seen.total() / elapsed:.1f} docs/s)")
    for cat, summary in examples:
        print(f"  [{cat}] {summary}")


if __name__ == "__main__":
    main()
