"""Tune the tagger's grouped reading of MUC-4 in seconds: record what the grouping reads once, then replay it.

`record` runs the mention finder (spaCy, lexicons, the role tagger) over every document of a processed MUC-4 file and
pickles each document's DocMentions (~5 minutes on 2 cores). `replay` re-runs only the grouping
(strife/extract/grouping.py, via strife.export.muc4.document_templates) on the recording and prints the [grouped]
CEAF-REE and template F1 that `strife bench muc4` would print for it (~20 s; the tagger's reading of each incident's
own sentences is cached beside the recording). `--set NAME=VALUE` overrides a grouping constant for the replay, e.g.
`--set SECOND_TYPE=0.3 --set TYPE_REACH=3` (how 04658b9 recalibrated them for the soup).

Run:
  python bench/grouping_muc4.py record --out /tmp/muc4_dev.pkl
  python bench/grouping_muc4.py replay --recording /tmp/muc4_dev.pkl [--set NAME=VALUE ...] [--per-role]
The recording holds third-party text: keep it outside the repository.
"""

from __future__ import annotations

import argparse
import pickle
import time
from pathlib import Path
from typing import Any

from strife.config import shared_dir
from strife.evaluate.muc4 import load_docs, raw_datelines, score_predictions
from strife.extract.roles import TaggedDoc


def record(docs_path: Path, out: Path) -> None:
    """Pickle {docid: DocMentions} for every document (what document_templates reads)."""
    from tqdm import tqdm

    from strife.evaluate.extraction import article_for
    from strife.extract import Extractor

    items = load_docs(docs_path)
    published = raw_datelines(shared_dir() / "data" / "muc4" / "raw")
    extractor = Extractor()
    extractor.warm_up()
    finder = extractor.finder
    recorded = {}
    for d in tqdm(items, desc="record", unit="doc"):
        recorded[d.docid] = finder.find(article_for(d.docid, d.text, published.get(d.docid), "muc4://"))
    out.write_bytes(pickle.dumps(recorded))
    print(f"recorded {len(recorded)} documents to {out}")


class CachedReader:
    """The tagger's tag_many over passages, cached by passage text in a file beside the recording."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cache: dict[str, TaggedDoc] = pickle.loads(path.read_bytes()) if path.is_file() else {}
        self._tagger: Any = None

    def __call__(self, passages: list[str]) -> list[TaggedDoc]:
        missing = [p for p in passages if p not in self.cache]
        if missing:
            if self._tagger is None:
                from strife.extract.roles import RoleTagger

                self._tagger = RoleTagger()
            self.cache.update(zip(missing, self._tagger.tag_many(missing), strict=True))
        return [self.cache[p] for p in passages]

    def save(self) -> None:
        self.path.write_bytes(pickle.dumps(self.cache))


def _value(text: str) -> Any:
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def replay(docs_path: Path, recording: Path, overrides: list[str], per_role: bool) -> None:
    """Group every recorded document again (with the constants overridden) and score the templates."""
    import strife.extract.grouping as grouping
    from strife.export.muc4 import document_templates

    for item in overrides:
        name, _, value = item.partition("=")
        if not name.isupper() or not hasattr(grouping, name):
            raise SystemExit(f"--set {item}: grouping.py has no constant {name!r}")
        setattr(grouping, name, _value(value))
    items = load_docs(docs_path)
    recorded = pickle.loads(recording.read_bytes())
    missing = [d.docid for d in items if d.docid not in recorded]
    if missing:
        raise SystemExit(f"{recording} does not hold {len(missing)} of the documents (first: {missing[0]})")
    reader = CachedReader(recording.with_suffix(".reader.pkl"))
    t0 = time.perf_counter()
    preds = {
        d.docid: document_templates(recorded[d.docid], reader) if recorded[d.docid].tagged is not None else []
        for d in items
    }
    reader.save()
    ree, template = score_predictions(preds, items)
    print(
        f"[grouped] CEAF-REE F1 {100 * ree.total.f1:.2f} (P {100 * ree.total.precision:.2f} / R "
        f"{100 * ree.total.recall:.2f})  template F1 {100 * template.total.f1:.2f} (P "
        f"{100 * template.total.precision:.2f} / R {100 * template.total.recall:.2f})  "
        f"{sum(len(v) for v in preds.values())} templates, {time.perf_counter() - t0:.1f} s"
    )
    if per_role:
        for name, prf in ree.slots.items():
            print(f"  REE {name:10s} {100 * prf.f1:6.2f}   template {100 * template.slots[name].f1:6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    default_docs = shared_dir() / "data" / "muc4" / "processed" / "dev.json"
    rec = sub.add_parser("record", help="run the mention finder over the documents and pickle what grouping reads")
    rec.add_argument("--docs", type=Path, default=default_docs)
    rec.add_argument("--out", type=Path, required=True)
    rep = sub.add_parser("replay", help="group the recorded documents again and score them")
    rep.add_argument("--docs", type=Path, default=default_docs)
    rep.add_argument("--recording", type=Path, required=True)
    rep.add_argument("--set", dest="overrides", action="append", default=[], metavar="NAME=VALUE")
    rep.add_argument("--per-role", action="store_true")
    args = parser.parse_args()
    if args.command == "record":
        record(args.docs, args.out)
    else:
        replay(args.docs, args.recording, args.overrides, args.per_role)


if __name__ == "__main__":
    main()
