"""How well the group finder recovers MUC-4's gold perpetrator organisations (PerpOrg), and how many groups it names.

Recall: a gold PerpOrg entity counts as found when any predicted mention overlaps one of its gold mention spans, or
names the same canonical group as one of its mention strings. Gold PerpOrg also lists state forces ("armed forces",
"army", "6th infantry brigade"), which a registry of armed groups does not hold, so recall is also reported on the
non-state entities. Precision proxy: distinct predicted groups per document, and the share of them that match a gold
PerpOrg of the document (gold lists only perpetrators of the document's incidents, so this undercounts).

Claim status (strife.extract.responsibility) against the raw answer keys' PERP: ORGANIZATION CONFIDENCE: each
document's sentences are classified, a group's statuses pooled over the document, and each key line whose group
the finder found is right when a pooled status is one the line allows ("any"), or when the single status picked
by priority claimed > accused > possible > denied > reported is ("top").
Lexicons (strife.extract.types): share of gold Weapon and Target entities that find_weapons / find_targets overlap.
Run: python bench/groups_muc4.py [--split dev] [--claims-splits tst1,tst2] [--show-misses N]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter

from strife.config import shared_dir
from strife.evaluate.keys import key_claims, parse_keys
from strife.evaluate.muc4_raw import load_docs, split_files
from strife.extract.groups import GroupMention, GroupRegistry, default_registry
from strife.extract.responsibility import classify
from strife.extract.types import find_targets, find_weapons
from strife.model import PerpStatus

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_PRIORITY = [PerpStatus.claimed, PerpStatus.accused, PerpStatus.possible, PerpStatus.denied, PerpStatus.reported]

_STATE = re.compile(
    r"\b(?:army|armies|armed fo\w*ces|military|police|government|regime|air force|national guard|brigade|battalion"
    r"|detachment|troops|embassy|high command|navy|cia|umopar|intelligence)\b"
)


def _entities(doc: dict) -> list[list[tuple[str, int]]]:
    """Distinct gold PerpOrg entities of a document, each a list of (mention, offset)."""
    seen: dict[frozenset[str], list[tuple[str, int]]] = {}
    for template in doc["templates"]:
        for entity in template["PerpOrg"]:
            mentions = [(m[0], m[1]) for m in entity]
            seen.setdefault(frozenset(m for m, _ in mentions), mentions)
    return list(seen.values())


def _found(entity: list[tuple[str, int]], preds: list[GroupMention], gold_names: set[str]) -> bool:
    for mention, start in entity:
        end = start + len(mention)
        if any(p.start < end and start < p.end for p in preds):
            return True
    return bool(gold_names & {p.name for p in preds})


def doc_statuses(text: str, registry: GroupRegistry) -> dict[str, set[str]]:
    """Canonical group → every status classify() gives it in any sentence of the text."""
    out: dict[str, set[str]] = {}
    for m in _SENTENCE.finditer(text):
        sentence = m.group()
        for r in classify(sentence, registry.find(sentence, m.start()), m.start()):
            out.setdefault(r.name, set()).add(str(r.status))
    return out


def claims(splits: list[str], registry: GroupRegistry, show: int) -> None:
    """Claim-status accuracy against the raw MUC-4 keys."""
    raw = shared_dir() / "data" / "muc4" / "raw"
    asked = found = any_ok = top_ok = base_ok = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for split in splits:
        texts, keys = split_files(raw, split)
        docs = load_docs(texts)
        templates = [t for k in keys for t in parse_keys(k.read_text(encoding="latin-1"))[0]]
        cache: dict[str, dict[str, set[str]]] = {}
        for t in templates:
            if t.docid not in docs:
                continue
            if t.docid not in cache:
                cache[t.docid] = doc_statuses(docs[t.docid].text, registry)
            pred = cache[t.docid]
            for claim in key_claims(t):
                asked += 1
                names = {n for s in claim.names if (n := registry.canonical(s))}
                got = set().union(*(pred.get(n, set()) for n in names)) if names else set()
                if not got:
                    continue
                found += 1
                top = next(str(p) for p in _PRIORITY if str(p) in got)
                any_ok += bool(got & {str(s) for s in claim.statuses})
                top_ok += top in {str(s) for s in claim.statuses}
                base_ok += PerpStatus.reported in claim.statuses
                confusion["/".join(sorted(str(s) for s in claim.statuses)), top] += 1
    print(f"claim status, MUC-4 keys {'+'.join(splits)}: {asked} key lines, group found for {found}")
    print(f"  any pooled status allowed: {any_ok}/{found} = {any_ok / max(found, 1):.3f}")
    print(f"  top status allowed:        {top_ok}/{found} = {top_ok / max(found, 1):.3f}")
    print(f"  baseline, always reported: {base_ok}/{found} = {base_ok / max(found, 1):.3f}")
    if show:
        print("  (gold, top predicted):", confusion.most_common(show))


def lexicons(docs: list[dict], show: int) -> None:
    """Recall of gold Weapon and Target entities by the type lexicons (any mention overlapping)."""
    for role, finder in (("Weapon", find_weapons), ("Target", find_targets)):
        hit = total = 0
        misses: Counter[str] = Counter()
        for doc in docs:
            spans = [(m.start, m.end) for m in finder(doc["doctext"])]
            seen: set[tuple[str, ...]] = set()
            for template in doc["templates"]:
                for entity in template[role]:
                    key = tuple(m[0] for m in entity)
                    if key in seen:
                        continue
                    seen.add(key)
                    total += 1
                    ok = any(s < off + len(t) and off < e for t, off in entity for s, e in spans)
                    hit += ok
                    if not ok:
                        misses[entity[0][0]] += 1
        print(f"lexicon recall, gold {role} entities: {hit}/{total} = {hit / max(total, 1):.3f}")
        if show:
            print("  missed:", misses.most_common(show))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--claims-splits", default="tst1,tst2", help="raw MUC-4 folders for claim status ('' to skip)")
    ap.add_argument("--show-misses", type=int, default=0)
    args = ap.parse_args()
    registry = default_registry()
    path = shared_dir() / "data" / "muc4" / "processed" / f"{args.split}.json"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    found = total = found_ns = total_ns = 0
    n_pred = n_pred_gold = 0
    per_doc: list[int] = []
    misses: Counter[str] = Counter()
    extra: Counter[str] = Counter()
    chars = 0
    t0 = time.perf_counter()
    predictions = [registry.find(d["doctext"]) for d in docs]
    elapsed = time.perf_counter() - t0
    for doc, preds in zip(docs, predictions, strict=True):
        chars += len(doc["doctext"])
        entities = _entities(doc)
        gold_canon: set[str] = set()
        for entity in entities:
            names = {n for m, _ in entity if (n := registry.canonical(m))}
            gold_canon |= names
            hit = _found(entity, preds, names)
            state = all(_STATE.search(m) for m, _ in entity)
            total += 1
            found += hit
            if not state:
                total_ns += 1
                found_ns += hit
            if not hit:
                misses[entity[0][0]] += 1
        distinct = {p.name for p in preds}
        per_doc.append(len(distinct))
        n_pred += len(distinct)
        gold_spans = [(s, s + len(m)) for e in entities for m, s in e]
        matched = {p.name for p in preds if any(p.start < e and s < p.end for s, e in gold_spans)} | (
            distinct & gold_canon
        )
        n_pred_gold += len(matched)
        extra.update(distinct - matched)

    docs_with_gold = sum(1 for d in docs if _entities(d))
    print(f"MUC-4 {args.split}: {len(docs)} docs, {docs_with_gold} with PerpOrg, {total} gold PerpOrg entities")
    print(f"recall (any mention), all entities:       {found}/{total} = {found / max(total, 1):.3f}")
    print(f"recall (any mention), non-state entities: {found_ns}/{total_ns} = {found_ns / max(total_ns, 1):.3f}")
    print(f"distinct predicted groups per doc: mean {n_pred / len(docs):.2f}, max {max(per_doc)}")
    print(f"docs with no predicted group: {sum(1 for n in per_doc if n == 0)}")
    print(f"predicted (doc, group) pairs matching a gold PerpOrg: {n_pred_gold}/{n_pred} = {n_pred_gold / n_pred:.3f}")
    print(f"speed: {elapsed:.3f} s for {chars} chars ({1000 * elapsed / len(docs):.2f} ms/doc)")
    if args.show_misses:
        print("most frequent missed gold entities:", misses.most_common(args.show_misses))
        print("most frequent predicted groups not in gold:", extra.most_common(args.show_misses))
    lexicons(docs, args.show_misses)
    if args.claims_splits:
        claims(args.claims_splits.split(","), registry, args.show_misses)


if __name__ == "__main__":
    main()
