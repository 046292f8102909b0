"""Tune casualty reading, report assembly and resolution on GVA dev in a minute: record the mention finder's output
once, then replay everything after it.

`record` runs the mention finder (spaCy, lexicons, role tagger) over every GVA dev article and pickles each article's
DocMentions (~15 minutes on 2 cores). `replay` re-reads each sentence's casualties with the current
strife/extract/casualties.py, rebuilds the reports (assembly, places, gates), resolves them in one batch and prints
B³ and the per-incident field scores as `strife bench gva` does (~1 minute). It tracks the bench within about 0.002
(the bench resolves in batches as the pipeline does). `--rows FILE` writes one JSON row per gold incident (gold and
predicted killed / injured and every article's main-report figures with their evidence) for error analysis; `--diff
OLD` compares them with an earlier run's rows. Changes upstream of casualties (the tagger, spaCy, segmentation of
mentions) need a new recording.

Run:
  python bench/casualties_gva.py record --out /tmp/gva_dev.pkl
  python bench/casualties_gva.py replay --recording /tmp/gva_dev.pkl [--rows new.json] [--diff old.json]
The recording holds third-party text: keep it outside the repository.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from strife.config import shared_dir
from strife.evaluate.gva import b_cubed, field_scores, load_docs, load_gold, predicted_assignment


def record(articles: Path, out: Path) -> None:
    """Pickle [(doc_id, DocMentions or None)] for the articles, in their order."""
    from tqdm import tqdm

    from strife.extract import Extractor

    extractor = Extractor()
    extractor.warm_up()
    recorded = []
    for d in tqdm(load_docs(articles), desc="record", unit="article"):
        recorded.append((d.doc_id, extractor.finder.find(d.article) if d.article.text.strip() else None))
    out.write_bytes(pickle.dumps(recorded))
    print(f"recorded {len(recorded)} articles to {out}")


def _count(c: Any) -> int | None:
    return c.value if c is not None else None


def replay(articles: Path, recording: Path, rows_out: Path | None, diff: Path | None, rule: str) -> None:
    """Casualties, reports and resolution again from the recording; scores as `strife bench gva` prints them."""
    from strife.extract import Extractor
    from strife.extract.casualties import find_casualties
    from strife.extract.mentions import mark_restated_roundups
    from strife.resolve.engine import resolve

    docs, gold = load_docs(articles), load_gold(articles)
    recorded = dict(pickle.loads(recording.read_bytes()))
    extractor = Extractor()
    extractor.warm_up()
    reports, texts, per_doc, seen = [], {}, {}, set()
    for d in docs:
        dm = recorded.get(d.doc_id)
        if dm is None or d.article.id in seen:  # an empty page, or a copy of an article already read
            continue
        seen.add(d.article.id)
        for sm in dm.sentences:
            sm.casualties = find_casualties(sm.sentence.text, sm.sentence.start)
        mark_restated_roundups(dm.sentences)  # as the finder does after reading each sentence
        per_doc[d.doc_id] = extractor.reports(dm)
        reports.extend(per_doc[d.doc_id])
        texts[d.article.id] = d.article.text
    incidents = resolve(reports, [], [], rule, texts=texts).incidents
    assign = predicted_assignment(docs, incidents, {})
    b3 = b_cubed({d.doc_id: d.incident_id for d in docs}, assign)
    fs = field_scores(docs, assign, incidents, gold)
    print(
        f"B³ {b3.p:.3f} / {b3.r:.3f} / {b3.f1:.3f}  killed {fs.killed:.3f}  injured {fs.injured:.3f}  "
        f"killed+injured {fs.both:.3f}  date {fs.date:.3f}  city {fs.city:.3f}  ({fs.n} gold incidents)"
    )
    rows = _rows(docs, gold, assign, incidents, per_doc)
    if rows_out is not None:
        rows_out.write_text(json.dumps(rows, indent=0))
    if diff is not None:
        _diff(json.loads(diff.read_text()), rows)


def _rows(docs: list, gold: dict, assign: dict, incidents: list, per_doc: dict) -> list[dict]:
    """One row per gold incident with figures: gold, predicted (as field_scores reads them) and per article."""
    by_id = {i.id: i for i in incidents}
    votes: dict[str, Counter] = defaultdict(Counter)
    members: dict[str, list] = defaultdict(list)
    for d in docs:
        votes[d.incident_id][assign[d.doc_id]] += 1
        members[d.incident_id].append(d)
    rows = []
    for gid, vote in sorted(votes.items()):
        g = gold.get(gid)
        if g is None or g.get("num_killed") is None:
            continue
        inc = by_id.get(min(vote, key=lambda k: (-vote[k], k)))
        arts = []
        for d in members[gid]:
            main = next((r for r in per_doc.get(d.doc_id, []) if r.kind == "main"), None)
            ev = main.evidence if main else {}
            arts.append(
                {
                    "doc": d.doc_id,
                    "reports": len(per_doc.get(d.doc_id, [])),
                    "killed": _count(main.killed) if main else None,
                    "perpetrators_killed": _count(main.perpetrators_killed) if main else None,
                    "wounded": _count(main.wounded) if main else None,
                    "perpetrators_wounded": _count(main.perpetrators_wounded) if main else None,
                    "evidence": {
                        k: [e.text for e in ev.get(k, [])]
                        for k in ("killed", "perpetrators_killed", "wounded", "perpetrators_wounded")
                    },
                }
            )
        # articles of other gold incidents that resolution merged into this one: their figures count here too
        strays = sorted(
            d.doc_id for d in docs if inc is not None and assign[d.doc_id] == inc.id and d.incident_id != gid
        )
        rows.append(
            {
                "gold_incident": gid,
                "gold_killed": g["num_killed"],
                "gold_injured": g["num_injured"],
                "killed": (inc.killed.best or 0) + (inc.perpetrators_killed or 0) if inc else 0,
                "injured": (inc.wounded.best or 0) + (inc.perpetrators_wounded or 0) if inc else 0,
                "articles": arts,
                "merged_from_other_incidents": strays,
            }
        )
    return rows


def _diff(old: list[dict], new: list[dict]) -> None:
    """Incidents whose killed or injured became right (+) or wrong (-) since the old rows."""
    before = {r["gold_incident"]: r for r in old}
    moved: Counter = Counter()
    for r in new:
        o = before.get(r["gold_incident"])
        if o is None:
            continue
        for field, truth in (("killed", "gold_killed"), ("injured", "gold_injured")):
            was, now = o[field] == o[truth], r[field] == r[truth]
            if was != now:
                sign = "+" if now else "-"
                moved[sign + field] += 1
                print(f"{sign} {field} {r['gold_incident']}: gold {r[truth]}, was {o[field]}, now {r[field]}")
    print(dict(moved) or "no incident moved")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    default_articles = shared_dir() / "data" / "gva" / "articles_dev.jsonl"
    rec = sub.add_parser("record", help="run the mention finder over the articles and pickle its output")
    rec.add_argument("--articles", type=Path, default=default_articles)
    rec.add_argument("--out", type=Path, required=True)
    rep = sub.add_parser("replay", help="casualties, reports and resolution again; score them")
    rep.add_argument("--articles", type=Path, default=default_articles)
    rep.add_argument("--recording", type=Path, required=True)
    rep.add_argument("--rows", type=Path, help="write one JSON row per gold incident here")
    rep.add_argument("--diff", type=Path, help="compare with rows an earlier replay wrote")
    rep.add_argument("--rule", default="max_at_least", help="count rule (DESIGN §3)")
    args = parser.parse_args()
    if args.command == "record":
        record(args.articles, args.out)
    else:
        replay(args.articles, args.recording, args.rows, args.diff, args.rule)


if __name__ == "__main__":
    main()
