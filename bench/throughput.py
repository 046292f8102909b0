"""Extraction throughput against a bare spaCy baseline, in one process on the same articles.

    python bench/throughput.py [--articles N] [--data FILE.jsonl]

Times (1) `nlp.pipe` of the full en_core_web_sm pipeline over the articles' text, (2) strife's whole extraction
(`Extractor()(article)`: sentence split + NER without the parser, the trained role tagger on ONNX Runtime,
lexicons, normalisers, geocoding), and (3) the role tagger alone, after warming each up; prints docs/s of each,
the ratio of (2) to (1) and the process's peak RSS. Data: GVA dev articles (real mixed-case news).
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import spacy

from strife.config import shared_dir
from strife.extract import Extractor
from strife.ingest.clean import clean_text
from strife.model import Article, article_id
from strife.nlp.pipeline import MODEL_NAMES


def load(path: Path, n: int) -> list[Article]:
    out = []
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        text = clean_text(rec.get("text") or "")
        if len(text) < 200:
            continue
        out.append(Article(id=article_id(text), uri=f"gva://{rec.get('doc_id')}", text=text))
        if len(out) >= n:
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=shared_dir() / "data" / "gva" / "articles_dev.jsonl")
    ap.add_argument("--articles", type=int, default=300)
    args = ap.parse_args()
    articles = load(args.data, args.articles)
    chars = sum(len(a.text) for a in articles)

    for name in MODEL_NAMES:
        try:
            full = spacy.load(name)
            break
        except OSError:
            continue
    list(full.pipe(a.text for a in articles[:5]))
    t0 = time.perf_counter()
    for _ in full.pipe((a.text for a in articles), batch_size=32):
        pass
    spacy_s = time.perf_counter() - t0

    extractor = Extractor()
    extractor.warm_up()
    extractor(articles[0])
    t0 = time.perf_counter()
    reports = sum(len(extractor(a)) for a in articles)
    strife_s = time.perf_counter() - t0

    from strife.extract.roles import default_tagger

    tagger = default_tagger()
    tagger.warm_up()
    t0 = time.perf_counter()
    for a in articles:
        tagger(a.text)
    tagger_s = time.perf_counter() - t0

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(articles)
    print(f"{n} articles, {chars / n:.0f} characters each on average")
    print(f"bare spaCy en_core_web_sm nlp.pipe : {n / spacy_s:7.1f} docs/s ({spacy_s:.1f}s)")
    print(f"strife extraction (full)           : {n / strife_s:7.1f} docs/s ({strife_s:.1f}s), {reports} reports")
    print(f"  of which the role tagger alone   : {n / tagger_s:7.1f} docs/s ({tagger_s:.1f}s)")
    print(f"ratio strife / bare spaCy           : {spacy_s / strife_s:.2f}x the throughput")
    print(f"peak RSS                           : {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
